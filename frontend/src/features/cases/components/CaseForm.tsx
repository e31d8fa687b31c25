import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { MarkdownField } from '../../../components/MarkdownField';
import { applyServerViolations } from '../../../components/serverViolations';
import { isApiError } from '../../../lib/api/client';
import { useCaseRounds, useCaseTownships } from '../api/caseOptions';
import type { Case, CaseInput } from '../api/types';

export interface CaseFormValues {
  townshipId?: number;
  roundId?: number;
  title: string;
  summary: string;
  body: string;
}

const FIELDS = ['townshipId', 'roundId', 'title', 'summary', 'body'] as const;

export function formValuesOf(c: Case | undefined): CaseFormValues {
  return c
    ? {
        townshipId: c.townshipId,
        ...(c.roundId !== null && { roundId: c.roundId }),
        title: c.title,
        summary: c.summary,
        body: c.body,
      }
    : { title: '', summary: '', body: '' };
}

export function inputOf(values: CaseFormValues): CaseInput {
  return {
    townshipId: values.townshipId ?? 0,
    roundId: values.roundId ?? null,
    title: values.title.trim(),
    summary: values.summary,
    body: values.body,
  };
}

interface CaseFormProps {
  initial: Case | undefined;
  districtId: number | undefined;
  pending: boolean;
  error: unknown;
  onSave: (input: CaseInput) => Promise<unknown>;
  onDirtyChange: (dirty: boolean) => void;
  onReload?: () => void;
}

/** Title, township, round, summary and Markdown body of a case, in one column. */
export function CaseForm({
  initial,
  districtId,
  pending,
  error,
  onSave,
  onDirtyChange,
  onReload,
}: CaseFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaseFormValues>();
  const townships = useCaseTownships(districtId);
  const rounds = useCaseRounds();

  const submit = async (values: CaseFormValues) => {
    try {
      await onSave(inputOf(values));
      onDirtyChange(false);
    } catch (e) {
      if (isApiError(e)) applyServerViolations(form, e, FIELDS);
    }
  };

  return (
    <Form<CaseFormValues>
      name="case"
      form={form}
      layout="vertical"
      initialValues={formValuesOf(initial)}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        onDirtyChange(true);
      }}
      disabled={pending}
      scrollToFirstError={{ focus: true }}
      style={{ maxWidth: 860 }}
    >
      <Form.Item
        name="title"
        label={t('cases.title')}
        rules={[{ required: true, whitespace: true, message: t('cases.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="townshipId"
        label={t('cases.township')}
        rules={[{ required: true, message: t('cases.required') }]}
      >
        <Select<number>
          showSearch={{ optionFilterProp: 'label' }}
          loading={townships.isPending}
          options={townships.data ?? []}
        />
      </Form.Item>
      <Form.Item name="roundId" label={t('cases.round')}>
        <Select<number>
          allowClear={{ label: t('common.clear') }}
          placeholder={t('cases.noRound')}
          loading={rounds.isPending}
          options={rounds.data ?? []}
        />
      </Form.Item>
      <Form.Item name="summary" label={t('cases.summary')} extra={t('cases.summaryHint')}>
        <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="body" label={t('cases.body')} extra={t('cases.bodyHint')}>
        <MarkdownField
          maxLength={50_000}
          labels={{
            mode: t('cases.bodyMode'),
            write: t('cases.write'),
            preview: t('cases.preview'),
            previewRegion: t('cases.previewRegion'),
            empty: t('cases.noBody'),
          }}
        />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} {...(onReload && { onReload })} />
      <Button type="primary" htmlType="submit" loading={pending} style={{ marginTop: 8 }}>
        {t('cases.save')}
      </Button>
    </Form>
  );
}
