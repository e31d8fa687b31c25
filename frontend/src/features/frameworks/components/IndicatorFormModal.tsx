import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormModal } from '../../../components/FormModal';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import type { Indicator, IndicatorInput } from '../../../lib/api/types';
import { useFramework } from '../api/getFramework';
import { useUpdateIndicator } from '../api/updateIndicator';
import { CriteriaFields } from './CriteriaFields';
import { MetricFields, type MetricFormValue, toMetricInput } from './MetricFields';

const FIELDS = ['titleZh', 'textZh', 'glossEn', 'criteria', 'metrics'] as const;

interface IndicatorFormModalProps {
  open: boolean;
  frameworkId: number;
  indicatorId: number | undefined;
  onClose: () => void;
}

/** Changes one indicator; loads the framework afresh for the ETag its change must carry. */
export function IndicatorFormModal({
  open,
  frameworkId,
  indicatorId,
  onClose,
}: IndicatorFormModalProps) {
  const { t } = useTranslation();
  const current = useFramework(frameworkId, { enabled: open, fresh: true });
  const indicator = current.data?.value.categories
    .flatMap((c) => c.indicators)
    .find((i) => i.id === indicatorId);

  return (
    <FormModal
      open={open}
      title={
        indicator
          ? t('frameworks.editTitle', { code: indicator.code, title: indicator.titleZh })
          : t('frameworks.editIndicatorTitle')
      }
      onClose={onClose}
      record={current}
      width={760}
    >
      {indicator && current.data && (
        <IndicatorForm
          key={current.data.etag ?? 'none'}
          frameworkId={frameworkId}
          indicator={indicator}
          etag={current.data.etag ?? ''}
          onReload={() => void current.refetch()}
          onCancel={onClose}
          onSaved={onClose}
        />
      )}
    </FormModal>
  );
}

interface IndicatorFormValues {
  titleZh: string;
  textZh: string;
  glossEn: string;
  criteria: string[];
  metrics: MetricFormValue[];
}

interface IndicatorFormProps {
  frameworkId: number;
  indicator: Indicator;
  etag: string;
  onReload: () => void;
  onCancel: () => void;
  onSaved: () => void;
}

function IndicatorForm({
  frameworkId,
  indicator,
  etag,
  onReload,
  onCancel,
  onSaved,
}: IndicatorFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorFormValues>();
  const { error, save } = useFormSave(form, FIELDS);
  const update = useUpdateIndicator();

  const submit = async (values: IndicatorFormValues) => {
    const input: IndicatorInput = {
      titleZh: values.titleZh.trim(),
      textZh: values.textZh.trim(),
      glossEn: values.glossEn.trim(),
      criteria: values.criteria.map((c) => c.trim()),
      metrics: values.metrics.map(toMetricInput),
    };
    await save(async () => {
      await update.mutateAsync({ frameworkId, indicatorId: indicator.id, input, etag });
      void message.success(t('frameworks.updated', { code: indicator.code }));
      onSaved();
    });
  };

  return (
    <Form<IndicatorFormValues>
      name="indicator"
      form={form}
      layout="vertical"
      initialValues={{
        titleZh: indicator.titleZh,
        textZh: indicator.textZh,
        glossEn: indicator.glossEn,
        criteria: indicator.criteria,
        metrics: indicator.metrics,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="titleZh"
        label={t('frameworks.titleZh')}
        rules={[{ required: true, whitespace: true, message: t('frameworks.titleRequired') }]}
      >
        <Input maxLength={128} autoComplete="off" lang="zh-CN" />
      </Form.Item>
      <Form.Item
        name="textZh"
        label={t('frameworks.textZh')}
        rules={[{ required: true, whitespace: true, message: t('frameworks.textRequired') }]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 10 }} lang="zh-CN" />
      </Form.Item>
      <Form.Item name="glossEn" label={t('frameworks.glossEn')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} lang="en" />
      </Form.Item>
      <CriteriaFields />
      <MetricFields />
      <FormProblem error={error} fields={FIELDS} onReload={onReload} />
      <FormButtons onCancel={onCancel} pending={update.isPending} />
    </Form>
  );
}
