import { App, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { MarkdownField } from '../../../components/MarkdownField';
import { useFormSave } from '../../../components/useFormSave';
import { useSaveEvidence } from '../api/saveEvidence';
import { SELF_ASSESSMENTS, type EvidenceItem } from '../api/types';
import { BonusEntriesField } from './BonusEntriesField';
import { DEFAULT_BONUS_TYPE } from './bonusFields';
import {
  EVIDENCE_FIELDS,
  evidenceInputOf,
  formValuesOf,
  nestedViolations,
  type EvidenceFormValues,
} from './evidenceForm';
import { MetricField } from './MetricField';
import { todayInShanghai } from '../../../lib/programme/today';

export const STATEMENT_MAX_LENGTH = 500;
export const NARRATIVE_MAX_LENGTH = 20_000;

interface EvidenceEditorProps {
  item: EvidenceItem;
  /** The ETag of `item`, sent in If-Match so a save never overwrites someone else's. */
  etag: string;
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Edits one indicator's evidence; each save is a new revision. Remount it (key) per revision. */
export function EvidenceEditor({ item, etag, onReload, onDirtyChange }: EvidenceEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EvidenceFormValues>();
  const { error, save } = useFormSave(form, EVIDENCE_FIELDS);
  const saveEvidence = useSaveEvidence();
  const [nested, setNested] = useState<string[]>([]);

  useEffect(
    () => () => {
      onDirtyChange(false);
    },
    [onDirtyChange],
  );

  const submit = async (values: EvidenceFormValues) => {
    const input = evidenceInputOf(item, values, Number(todayInShanghai().slice(0, 4)));
    const sentMetricIds = (input.metricValues ?? []).map((m) => m.metricId);
    await save(async () => {
      try {
        const saved = await saveEvidence.mutateAsync({
          nominationId: item.nominationId,
          indicatorCode: item.indicatorCode,
          etag,
          input,
        });
        onDirtyChange(false);
        void message.success(t('evidence.saved', { revision: saved.value.revision }));
      } catch (e: unknown) {
        // Violations of single entries and metric values go under those fields.
        const placed = nestedViolations(e, sentMetricIds);
        setNested(placed.map((v) => v.field));
        // The paths are built from the server's field names, which the form's types cannot know.
        form.setFields(
          placed.map((v) => ({ name: v.path, errors: [v.message] })) as Parameters<
            typeof form.setFields
          >[0],
        );
        throw e;
      }
    });
  };

  return (
    <Form<EvidenceFormValues>
      name="evidence"
      form={form}
      layout="vertical"
      initialValues={formValuesOf(item)}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        onDirtyChange(true);
      }}
      disabled={saveEvidence.isPending}
      scrollToFirstError={{ focus: true }}
      className="evidence-form"
    >
      <Typography.Title level={2} style={{ fontSize: 17 }}>
        {t('evidence.editTitle')}
      </Typography.Title>
      <Form.Item name="selfAssessment" label={t('evidence.selfAssessment.label')}>
        <Radio.Group
          className="evidence-self-assessment"
          options={SELF_ASSESSMENTS.map((value) => ({
            value,
            label: t(`evidence.selfAssessment.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="statement"
        label={t('evidence.statement')}
        extra={t('evidence.statementHint')}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={STATEMENT_MAX_LENGTH}
          showCount
        />
      </Form.Item>
      {item.metrics.length > 0 && (
        <fieldset className="evidence-fieldset">
          <legend>{t('evidence.metric.title')}</legend>
          {item.metrics.map((metric) => (
            <MetricField key={metric.metricId} metric={metric} />
          ))}
        </fieldset>
      )}
      <Form.Item
        name="narrative"
        label={t('evidence.narrative')}
        extra={t('evidence.narrativeHint')}
      >
        <MarkdownField
          maxLength={NARRATIVE_MAX_LENGTH}
          labels={{
            mode: t('evidence.markdown.mode'),
            write: t('evidence.markdown.write'),
            preview: t('evidence.markdown.preview'),
            previewRegion: t('evidence.markdown.previewRegion'),
            empty: t('evidence.markdown.empty'),
          }}
        />
      </Form.Item>
      {item.kind === 'BONUS' && (
        <fieldset className="evidence-fieldset">
          <legend>{t('evidence.bonus.title')}</legend>
          <BonusEntriesField
            defaultType={DEFAULT_BONUS_TYPE[item.indicatorCode] ?? 'COMMENDATION'}
          />
        </fieldset>
      )}
      <div style={{ marginTop: 16 }}>
        <FormProblem error={error} fields={[...EVIDENCE_FIELDS, ...nested]} onReload={onReload} />
      </div>
      <Flex gap="small" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" size="large" loading={saveEvidence.isPending}>
          {t('evidence.save')}
        </Button>
      </Flex>
    </Form>
  );
}
