import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EvidenceMetric } from '../api/types';
import {
  comparisonText,
  meetsThreshold,
  metricValueProblem,
} from '../../../lib/programme/metricCheck';

/**
 * "93.1 % < 95 % 未达标" as the value is typed: a polite live region, so a screen reader hears the
 * verdict without losing its place; nothing while the value is empty or not valid.
 */
export function ThresholdCheck({
  metric,
  value,
}: {
  metric: EvidenceMetric;
  value: number | null;
}) {
  const { t } = useTranslation();
  const shown = value !== null && metricValueProblem(value, metric.kind) === undefined;
  const met = shown && meetsThreshold(value, metric);
  return (
    <div aria-live="polite" className="threshold-check">
      {shown && (
        <span style={{ color: met ? '#135200' : '#a8071a', fontWeight: 500 }}>
          {met ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}{' '}
          {comparisonText(value, metric)}{' '}
          {met ? t('evidence.metric.met') : t('evidence.metric.notMet')}
        </span>
      )}
    </div>
  );
}
