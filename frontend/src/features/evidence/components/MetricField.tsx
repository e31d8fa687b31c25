import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceMetric } from '../api/types';
import { ThresholdCheck } from './ThresholdCheck';
import { metricValueProblem, thresholdText } from '../../../lib/programme/metricCheck';

/** One metric's value, with the threshold and whether the value typed so far meets it. */
export function MetricField({ metric }: { metric: EvidenceMetric }) {
  const { t, i18n } = useTranslation();
  const name = ['metrics', String(metric.metricId)];
  const value = Form.useWatch<number | null | undefined>(name);
  const label = i18n.language === 'en' ? metric.nameEn : metric.name;
  // No min/max on the input: it would silently change 100.5 into 100; the rule says why instead.
  const percent = metric.kind === 'PERCENT';
  // The value sits in an inner item (it has the rules), so the label is tied to it by id.
  const inputId = `evidence-metric-${String(metric.metricId)}`;
  return (
    <Form.Item
      label={metric.unit ? `${label}（${metric.unit}）` : label}
      htmlFor={inputId}
      extra={
        <>
          <div>{t('evidence.metric.threshold', { threshold: thresholdText(metric) })}</div>
          <ThresholdCheck metric={metric} value={value ?? null} />
        </>
      }
    >
      <Form.Item
        noStyle
        name={name}
        rules={[
          {
            validator: (_rule, raw: number | null | undefined) => {
              const problem = metricValueProblem(raw, metric.kind);
              return problem
                ? Promise.reject(new Error(t(`evidence.metric.${problem}`)))
                : Promise.resolve();
            },
          },
        ]}
      >
        <InputNumber<number>
          id={inputId}
          style={{ width: '100%', maxWidth: 240 }}
          inputMode="decimal"
          step={percent ? 0.1 : 1}
          size="large"
        />
      </Form.Item>
    </Form.Item>
  );
}
