import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { useFormSave } from '../../../../components/useFormSave';
import { isApiError } from '../../../../lib/api/client';
import type { Plan } from '../../../../lib/api/types';
import { useSavePlan } from '../api/savePlan';
import { MarkdownField } from '../../../../components/MarkdownField';
import { MilestoneFields } from './MilestoneFields';
import {
  formValuesOf,
  milestoneViolations,
  planInputOf,
  PLAN_FIELDS,
  type PlanFormValues,
} from './planForm';

interface PlanEditorProps {
  nominationId: number;
  plan: Plan;
  /** The ETag of `plan`, sent in If-Match so a save never overwrites someone else's. */
  etag: string;
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Edits the plan; each save is a new revision. Remount it (key) when another revision loads. */
export function PlanEditor({ nominationId, plan, etag, onReload, onDirtyChange }: PlanEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const { error, save } = useFormSave(form, PLAN_FIELDS);
  const savePlan = useSavePlan();
  const nested = milestoneViolations(error);

  useEffect(
    () => () => {
      onDirtyChange(false);
    },
    [onDirtyChange],
  );

  const submit = async (values: PlanFormValues) => {
    await save(async () => {
      try {
        const saved = await savePlan.mutateAsync({
          nominationId,
          etag,
          input: planInputOf(values),
        });
        onDirtyChange(false);
        void message.success(t('nominations.plan.saved', { revision: saved.value.revision }));
      } catch (e: unknown) {
        // Violations of single milestone fields go under those fields.
        form.setFields(milestoneViolations(e).map((v) => ({ name: v.path, errors: [v.message] })));
        throw e;
      }
    });
  };

  return (
    <Form<PlanFormValues>
      name="plan"
      form={form}
      layout="vertical"
      initialValues={formValuesOf(plan)}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        onDirtyChange(true);
      }}
      disabled={savePlan.isPending}
      scrollToFirstError={{ focus: true }}
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('nominations.plan.editTitle')}
      </Typography.Title>
      <Form.Item
        name="content"
        label={t('nominations.plan.content')}
        extra={t('nominations.plan.contentHint')}
      >
        <MarkdownField
          maxLength={50_000}
          labels={{
            mode: t('nominations.plan.contentMode'),
            write: t('nominations.plan.write'),
            preview: t('nominations.plan.preview'),
            previewRegion: t('nominations.plan.previewRegion'),
            empty: t('nominations.plan.noContent'),
            placeholder: t('nominations.plan.contentPlaceholder'),
          }}
        />
      </Form.Item>
      <Flex wrap gap="middle">
        <Form.Item
          name="responsiblePerson"
          label={t('nominations.plan.responsiblePerson')}
          style={{ flex: '1 1 240px' }}
        >
          <Input maxLength={64} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('nominations.plan.contactPhone')}
          style={{ flex: '1 1 240px' }}
          rules={[
            { pattern: /^[0-9+\- ()]*$/, message: t('nominations.plan.contactPhonePattern') },
          ]}
        >
          <Input maxLength={32} autoComplete="tel" inputMode="tel" />
        </Form.Item>
      </Flex>
      <Typography.Title level={4} style={{ fontSize: 15 }}>
        {t('nominations.plan.milestonesEdit')}
      </Typography.Title>
      <MilestoneFields />
      <div style={{ marginTop: 16 }}>
        {isApiError(error) && error.status === 412 ? (
          <Alert
            type="warning"
            showIcon
            title={t('nominations.plan.staleTitle')}
            description={t('nominations.plan.staleDetail')}
            action={
              <Button size="small" onClick={onReload}>
                {t('nominations.plan.reload')}
              </Button>
            }
          />
        ) : (
          <FormProblem error={error} fields={[...PLAN_FIELDS, ...nested.map((v) => v.field)]} />
        )}
      </div>
      <Flex gap="small" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={savePlan.isPending}>
          {t('nominations.plan.save')}
        </Button>
      </Flex>
    </Form>
  );
}
