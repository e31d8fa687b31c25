import { Button, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import { todayInShanghai } from '../../../lib/programme/today';
import type { Judgement, JudgementInput, JudgementOutcome } from '../api/types';
import { documentNumberRule, needsJustification, normaliseDocumentNumber } from './formRules';

interface JudgementValues {
  outcome: JudgementOutcome;
  comment?: string;
  justification?: string;
  supplementUntil?: Dayjs;
  documentNumber?: string;
}

/** The fields whose server violations are shown under them (the contract's property names). */
export const JUDGEMENT_FIELDS = [
  'outcome',
  'comment',
  'justification',
  'supplementUntil',
  'documentNumber',
] as const;
const TEXT_MAX = 1000;

/** Whether a date (YYYY-MM-DD) lies outside today..lastDay, the window a supplement may take. */
export function outsideSupplementWindow(
  day: string,
  today: string,
  lastDay: string | undefined,
): boolean {
  return day < today || (lastDay !== undefined && day > lastDay);
}

interface JudgementFormProps {
  /** Names the form (e.g. "judgement-15"), so each indicator's fields have their own ids. */
  name: string;
  /** The outcomes this indicator takes (standard indicators or bonus items). */
  outcomes: readonly JudgementOutcome[];
  /** The threshold check's suggestion; a different outcome needs a justification. */
  suggested: JudgementOutcome;
  /** The comment the check writes, e.g. "基本养老保险参保率 93.1 % < 95 %". */
  prefilledComment: string;
  /** The caller's latest judgement, to start from. */
  initial: Judgement | null | undefined;
  /** A recognised commendation needs its document number (文号); this one is on the evidence. */
  document?: { required: boolean; initial: string | undefined };
  /** The last day a supplement may be asked for (the end of the round's assessment, Beijing time). */
  lastSupplementDay?: string | undefined;
  saving: boolean;
  onSave: (input: JudgementInput) => Promise<void>;
  /** After a 412: load the page afresh. */
  onReload: () => void;
}

/** The judgement of one indicator or bonus item, prefilled from the threshold check. */
export function JudgementForm({
  name,
  outcomes,
  suggested,
  prefilledComment,
  initial,
  document,
  lastSupplementDay,
  saving,
  onSave,
  onReload,
}: JudgementFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<JudgementValues>();
  const { error, save } = useFormSave(form, JUDGEMENT_FIELDS);
  const chosen = Form.useWatch('outcome', form);
  const departs = needsJustification(chosen, suggested);
  const supplement = chosen === 'NEEDS_SUPPLEMENT';
  const needsDocument = document?.required === true && chosen === 'RECOGNISED';
  const today = todayInShanghai();

  const submit = async (values: JudgementValues) => {
    const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
    await save(() =>
      onSave({
        outcome: values.outcome,
        comment: text(values.comment),
        justification: departs ? text(values.justification) : null,
        supplementUntil:
          supplement && values.supplementUntil ? values.supplementUntil.format('YYYY-MM-DD') : null,
        documentNumber:
          needsDocument && values.documentNumber
            ? normaliseDocumentNumber(values.documentNumber)
            : null,
      }),
    );
  };

  return (
    <Form<JudgementValues>
      form={form}
      name={name}
      layout="vertical"
      initialValues={{
        outcome: initial?.outcome ?? suggested,
        comment: initial ? (initial.comment ?? '') : prefilledComment,
        justification: initial?.justification ?? undefined,
        supplementUntil: initial?.supplementUntil ? dayjs(initial.supplementUntil) : undefined,
        documentNumber: initial?.documentNumber ?? document?.initial,
      }}
      onFinish={(values) => void submit(values)}
    >
      <p className="assessment-suggestion">
        {t('assessment.judge.suggested', { outcome: t(`assessment.outcome.${suggested}`) })}
      </p>
      <Form.Item
        name="outcome"
        label={t('assessment.judge.outcomeLabel')}
        rules={[{ required: true, message: t('assessment.judge.outcomeRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          options={outcomes.map((o) => ({ value: o, label: t(`assessment.outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t(supplement ? 'assessment.judge.supplementReason' : 'assessment.judge.comment')}
        extra={prefilledComment && !initial ? t('assessment.judge.commentHint') : undefined}
        rules={
          supplement
            ? [
                {
                  required: true,
                  whitespace: true,
                  message: t('assessment.judge.supplementReasonRequired'),
                },
              ]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_MAX} showCount />
      </Form.Item>
      {departs && (
        <Form.Item
          name="justification"
          label={t('assessment.judge.justification')}
          extra={t('assessment.judge.justificationHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('assessment.judge.justificationRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_MAX} showCount />
        </Form.Item>
      )}
      {supplement && (
        <Form.Item
          name="supplementUntil"
          label={t('assessment.judge.supplementUntil')}
          rules={[
            { required: true, message: t('assessment.judge.supplementUntilRequired') },
            {
              validator: (_rule, value: Dayjs | undefined) =>
                value &&
                outsideSupplementWindow(value.format('YYYY-MM-DD'), today, lastSupplementDay)
                  ? Promise.reject(new Error(t('assessment.judge.supplementUntilRange')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            disabledDate={(d) =>
              outsideSupplementWindow(d.format('YYYY-MM-DD'), today, lastSupplementDay)
            }
          />
        </Form.Item>
      )}
      {needsDocument && (
        <Form.Item
          name="documentNumber"
          label={t('assessment.judge.commendationDocument')}
          extra={t('assessment.documentNumber.hint')}
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('assessment.judge.commendationDocumentRequired'),
            },
            documentNumberRule(t),
          ]}
        >
          <Input maxLength={64} />
        </Form.Item>
      )}
      <FormProblem error={error} fields={JUDGEMENT_FIELDS} onReload={onReload} />
      <Button type="primary" htmlType="submit" size="large" loading={saving}>
        {t('assessment.judge.save')}
      </Button>
    </Form>
  );
}
