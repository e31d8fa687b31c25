import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Metric, MetricInput } from '../../../lib/api/types';
import { COMPARATORS, comparatorSymbol } from './metricText';

export interface MetricFormValue {
  nameZh: string;
  nameEn: string;
  unit: string;
  comparator: Metric['comparator'];
  threshold: number | null;
}

export function toMetricInput(value: MetricFormValue): MetricInput {
  return {
    nameZh: value.nameZh.trim(),
    nameEn: value.nameEn.trim(),
    unit: value.unit.trim(),
    comparator: value.comparator,
    threshold: value.threshold ?? 0,
  };
}

const NEW_METRIC: MetricFormValue = {
  nameZh: '',
  nameEn: '',
  unit: '%',
  comparator: '>=',
  threshold: null,
};

/** The indicator's metrics (name, unit, comparator, threshold) as an editable list. */
export function MetricFields() {
  const { t } = useTranslation();
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
      <legend>
        <Typography.Text strong>{t('frameworks.metrics')}</Typography.Text>
      </legend>
      <Form.List name="metrics">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={
                  <Typography.Text strong id={`metric-${field.key}`}>
                    {t('frameworks.metric', { n: index + 1 })}
                  </Typography.Text>
                }
                extra={
                  <Button
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('frameworks.removeMetric', { n: index + 1 })}
                    onClick={() => {
                      remove(field.name);
                    }}
                  />
                }
              >
                <div role="group" aria-labelledby={`metric-${field.key}`}>
                  <Flex wrap gap="small">
                    <Form.Item
                      name={[field.name, 'nameZh']}
                      label={t('frameworks.metricNameZh')}
                      rules={required(t('frameworks.metricNameRequired'))}
                      style={{ flex: '1 1 200px', marginBottom: 8 }}
                    >
                      <Input maxLength={128} lang="zh-CN" autoComplete="off" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'nameEn']}
                      label={t('frameworks.metricNameEn')}
                      rules={required(t('frameworks.metricNameRequired'))}
                      style={{ flex: '1 1 200px', marginBottom: 8 }}
                    >
                      <Input maxLength={128} lang="en" autoComplete="off" />
                    </Form.Item>
                  </Flex>
                  <Flex wrap gap="small">
                    <Form.Item
                      name={[field.name, 'comparator']}
                      label={t('frameworks.comparator')}
                      rules={[{ required: true, message: t('frameworks.comparatorRequired') }]}
                      style={{ flex: '1 1 140px', marginBottom: 8 }}
                    >
                      <Select<Metric['comparator']>
                        options={COMPARATORS.map((c) => ({
                          value: c,
                          label: `${comparatorSymbol(c)} ${t(`frameworks.comparators.${comparatorKey(c)}`)}`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'threshold']}
                      label={t('frameworks.threshold')}
                      rules={[{ required: true, message: t('frameworks.thresholdRequired') }]}
                      style={{ flex: '1 1 120px', marginBottom: 8 }}
                    >
                      <InputNumber min={-1e9} max={1e9} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'unit']}
                      label={t('frameworks.unit')}
                      rules={required(t('frameworks.unitRequired'))}
                      style={{ flex: '1 1 100px', marginBottom: 8 }}
                    >
                      <Input maxLength={16} autoComplete="off" />
                    </Form.Item>
                  </Flex>
                </div>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= 20}
              onClick={() => {
                add({ ...NEW_METRIC });
              }}
            >
              {t('frameworks.addMetric')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

function comparatorKey(comparator: Metric['comparator']): 'ge' | 'gt' | 'le' | 'lt' | 'eq' {
  const keys = { '>=': 'ge', '>': 'gt', '<=': 'le', '<': 'lt', '=': 'eq' } as const;
  return keys[comparator];
}
