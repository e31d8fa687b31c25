import { Button, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import { todayInShanghai } from '../../../lib/programme/today';
import { VERDICT_DECISIONS, type VerdictDecision } from '../api/types';
import { documentNumberRule, needsJustification, normaliseDocumentNumber } from './formRules';

interface VerdictValues {
  decision: VerdictDecision;
  justification?: string;
  reason?: string;
  documentNumber?: string;
  documentDate?: Dayjs;
}

/** What the form sends; `reason` only for a correction, `justification` only when overriding. */
export interface VerdictSubmission {
  decision: VerdictDecision;
  justification: string | null;
  reason: string | null;
  documentNumber: string | null;
  documentDate: string | null;
}

export const VERDICT_FIELDS = [
  'decision',
  'justification',
  'reason',
  'documentNumber',
  'documentDate',
] as const;
const TEXT_MAX = 1000;

/** Whether the document (文号 and date) must be given: naming always, a correction always. */
export function needsDocument(decision: VerdictDecision | undefined, correction: boolean): boolean {
  return correction || decision === 'NAMED';
}

/**
 * Enter in the date field takes the typed date; it must not also submit the form (the browser's
 * implicit submission), or the button's click would confirm a second time.
 */
function keepEnterInField(event: KeyboardEvent<HTMLElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

interface VerdictFormProps {
  name: string;
  /** The proposal to confirm or override; null for a correction (the reason says why). */
  proposed: VerdictDecision | null;
  initial?: {
    decision: VerdictDecision;
    justification?: string | null;
    documentNumber?: string | null;
    documentDate?: string | null;
  };
  /** A correction of a published verdict: needs a reason and a new document. */
  correction?: boolean;
  submitLabel: string;
  saving: boolean;
  onSave: (values: VerdictSubmission) => Promise<void>;
  onReload: () => void;
}

/** Confirms the proposal or overrides it (with a justification); naming records its document. */
export function VerdictForm({
  name,
  proposed,
  initial,
  correction = false,
  submitLabel,
  saving,
  onSave,
  onReload,
}: VerdictFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<VerdictValues>();
  const { error, save } = useFormSave(form, VERDICT_FIELDS);
  const decision = Form.useWatch('decision', form);
  const overrides = !correction && needsJustification(decision, proposed);
  const documented = needsDocument(decision, correction);
  const today = todayInShanghai();
  // One confirmation at a time: a submit while one is in flight is ignored.
  const inFlight = useRef(false);

  const submit = async (values: VerdictValues) => {
    if (inFlight.current || saving) return;
    inFlight.current = true;
    const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
    try {
      await save(() =>
        onSave({
          decision: values.decision,
          justification: overrides ? text(values.justification) : null,
          reason: correction ? text(values.reason) : null,
          documentNumber:
            documented && values.documentNumber
              ? normaliseDocumentNumber(values.documentNumber)
              : null,
          documentDate:
            documented && values.documentDate ? values.documentDate.format('YYYY-MM-DD') : null,
        }),
      );
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Form<VerdictValues>
      form={form}
      name={name}
      layout="vertical"
      initialValues={{
        decision: initial?.decision ?? proposed ?? undefined,
        justification: initial?.justification ?? undefined,
        documentNumber: initial?.documentNumber ?? undefined,
        documentDate: initial?.documentDate ? dayjs(initial.documentDate) : undefined,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="decision"
        label={t('assessment.verdict.decisionLabel')}
        rules={[{ required: true, message: t('assessment.verdict.decisionRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          options={VERDICT_DECISIONS.map((d) => ({
            value: d,
            label: t(`assessment.decision.${d}`),
          }))}
        />
      </Form.Item>
      {overrides && (
        <Form.Item
          name="justification"
          label={t('assessment.verdict.justification')}
          extra={t('assessment.verdict.justificationHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('assessment.verdict.justificationRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_MAX} showCount />
        </Form.Item>
      )}
      {correction && (
        <Form.Item
          name="reason"
          label={t('assessment.verdict.correctionReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('assessment.verdict.correctionReasonRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_MAX} showCount />
        </Form.Item>
      )}
      {documented && (
        <>
          <Form.Item
            name="documentNumber"
            label={t(
              correction
                ? 'assessment.verdict.correctionDocument'
                : 'assessment.verdict.namingDocument',
            )}
            extra={t('assessment.documentNumber.hint')}
            validateTrigger={['onChange', 'onBlur']}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('assessment.verdict.documentRequired'),
              },
              documentNumberRule(t),
            ]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="documentDate"
            label={t('assessment.verdict.documentDate')}
            rules={[
              { required: true, message: t('assessment.verdict.documentDateRequired') },
              {
                validator: (_rule, value: Dayjs | undefined) =>
                  value && value.format('YYYY-MM-DD') > today
                    ? Promise.reject(new Error(t('assessment.verdict.documentDateFuture')))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker
              disabledDate={(d) => d.format('YYYY-MM-DD') > today}
              onKeyDown={keepEnterInField}
            />
          </Form.Item>
        </>
      )}
      <FormProblem error={error} fields={VERDICT_FIELDS} onReload={onReload} />
      <Button type="primary" htmlType="submit" size="large" loading={saving}>
        {submitLabel}
      </Button>
    </Form>
  );
}
