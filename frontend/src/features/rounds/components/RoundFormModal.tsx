import { App, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormModal } from '../../../components/FormModal';
import { FormProblem } from '../../../components/FormProblem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import type { Round } from '../../../lib/api/types';
import { useCreateRound } from '../api/createRound';
import { useFrameworkOptions } from '../api/frameworkOptions';
import { useRound } from '../api/getRound';
import { useUpdateRound } from '../api/updateRound';
import { PhaseFields } from './PhaseFields';
import { DEFAULT_QUOTAS, defaultPhases, nextCycleYear } from './roundDefaults';
import { toRoundInput, valuesOf, type RoundFormValues } from './roundFormValues';

const FIELDS = [
  'year',
  'name',
  'frameworkId',
  'quotaCountyLevel',
  'quotaFunctionalZone',
  'phases',
] as const;

interface RoundFormModalProps {
  open: boolean;
  /** The round to edit; absent to create one. */
  roundId?: number | undefined;
  onClose: () => void;
  onSaved?: (round: Round) => void;
}

/** Create or edit a round. Editing loads the round first, for its ETag. */
export function RoundFormModal({ open, roundId, onClose, onSaved }: RoundFormModalProps) {
  const { t } = useTranslation();
  const editing = roundId !== undefined;
  const current = useRound(roundId ?? 0, { enabled: open && editing, fresh: true });
  return (
    <FormModal
      open={open}
      title={
        editing
          ? t('rounds.editTitle', { name: current.data?.value.name ?? '' })
          : t('rounds.createTitle')
      }
      onClose={onClose}
      record={editing ? current : undefined}
      width={720}
    >
      <RoundForm
        key={current.data?.etag ?? 'new'}
        initial={editing ? current.data?.value : undefined}
        etag={current.data?.etag}
        onReload={() => void current.refetch()}
        onCancel={onClose}
        onSaved={(round) => {
          onClose();
          onSaved?.(round);
        }}
      />
    </FormModal>
  );
}

interface RoundFormProps {
  initial: Round | undefined;
  etag: string | undefined;
  onReload: () => void;
  onCancel: () => void;
  onSaved: (round: Round) => void;
}

function RoundForm({ initial, etag, onReload, onCancel, onSaved }: RoundFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoundFormValues>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const create = useCreateRound();
  const update = useUpdateRound();
  const frameworks = useFrameworkOptions();
  // Until the user changes them, the name and the phases follow the year.
  const touched = useRef({ name: false, phases: false });
  // The framework is fixed once the round has left the draft state.
  const frameworkLocked = initial !== undefined && initial.state !== 'DRAFT';

  const defaultName = (year: number) => t('rounds.defaultName', { year });
  const initialValues: RoundFormValues = initial
    ? valuesOf(initial)
    : (() => {
        const year = nextCycleYear();
        return {
          year,
          name: defaultName(year),
          frameworkId: undefined,
          ...DEFAULT_QUOTAS,
          phases: defaultPhases(year),
        };
      })();

  // A new round uses the newest edition unless the user picks another.
  const newestFrameworkId = frameworks.data?.reduce((a, b) => (b.id > a.id ? b : a), {
    id: 0,
  }).id;
  useEffect(() => {
    if (initial !== undefined || !newestFrameworkId) return;
    if (form.getFieldValue('frameworkId') === undefined) {
      form.setFieldValue('frameworkId', newestFrameworkId);
    }
  }, [initial, newestFrameworkId, form]);

  const onValuesChange = (changed: Partial<RoundFormValues>) => {
    idempotency.renew();
    if ('name' in changed) touched.current.name = true;
    if ('phases' in changed) touched.current.phases = true;
    if (initial === undefined && typeof changed.year === 'number') {
      const year = changed.year;
      if (year < 2000 || year > 2199) return;
      if (!touched.current.name) form.setFieldValue('name', defaultName(year));
      if (!touched.current.phases) form.setFieldValue('phases', defaultPhases(year));
    }
  };

  const submit = async (values: RoundFormValues) => {
    const input = toRoundInput(values);
    await save(async () => {
      const saved =
        initial === undefined
          ? await create.mutateAsync({ input, idempotencyKey: idempotency.key() })
          : await update.mutateAsync({ id: initial.id, input, etag: etag ?? '' });
      void message.success(
        t(initial === undefined ? 'rounds.created' : 'rounds.updated', {
          name: saved.value.name,
        }),
      );
      onSaved(saved.value);
    });
  };

  const quotaRules = (message: string) => [{ required: true, message }];

  return (
    <Form<RoundFormValues>
      name="round"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      onValuesChange={onValuesChange}
    >
      <Flex wrap gap="small">
        <Form.Item
          name="year"
          label={t('rounds.year')}
          rules={[{ required: true, message: t('rounds.yearRequired') }]}
          style={{ flex: '0 0 140px' }}
        >
          <InputNumber min={2000} max={2199} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('rounds.name')}
          rules={[{ required: true, whitespace: true, message: t('rounds.nameRequired') }]}
          style={{ flex: '1 1 260px' }}
        >
          <Input maxLength={128} autoComplete="off" />
        </Form.Item>
      </Flex>
      {frameworks.isError && <ProblemAlert error={frameworks.error} />}
      <Form.Item
        name="frameworkId"
        label={t('rounds.framework')}
        extra={frameworkLocked ? t('rounds.frameworkLocked') : t('rounds.frameworkHint')}
        rules={[{ required: true, message: t('rounds.frameworkRequired') }]}
      >
        <Select<number>
          disabled={frameworkLocked}
          loading={frameworks.isPending}
          options={(frameworks.data ?? []).map((f) => ({
            value: f.id,
            label: t('rounds.frameworkEdition', { name: f.name, edition: f.edition }),
          }))}
        />
      </Form.Item>
      <Flex wrap gap="small">
        <Form.Item
          name="quotaCountyLevel"
          label={t('rounds.quotaCountyLevel')}
          rules={quotaRules(t('rounds.quotaRequired'))}
          style={{ flex: '1 1 200px' }}
        >
          <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="quotaFunctionalZone"
          label={t('rounds.quotaFunctionalZone')}
          rules={quotaRules(t('rounds.quotaRequired'))}
          style={{ flex: '1 1 200px' }}
        >
          <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <PhaseFields />
      <FormProblem error={error} fields={FIELDS} onReload={onReload} />
      <FormButtons onCancel={onCancel} pending={create.isPending || update.isPending} />
    </Form>
  );
}
