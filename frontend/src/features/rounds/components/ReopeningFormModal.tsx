import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormModal } from '../../../components/FormModal';
import { FormProblem } from '../../../components/FormProblem';
import { formatShanghai, shanghaiIso } from '../../../components/format';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import type { Phase, PhaseCode, ReopeningInput } from '../../../lib/api/types';
import { useCreateReopening } from '../api/createReopening';
import { inProgrammeOrder } from './phaseStatus';
import { TownshipSelect } from './TownshipSelect';

const FIELDS = ['townshipId', 'phase', 'until', 'reason'] as const;

interface ReopeningFormValues {
  townshipId: number | undefined;
  phase: PhaseCode | undefined;
  until: Dayjs | null;
  reason: string;
}

interface ReopeningFormModalProps {
  open: boolean;
  roundId: number;
  phases: readonly Phase[];
  onClose: () => void;
}

/** Reopens one phase's deadline for one township until a new time; a reason is required. */
export function ReopeningFormModal({ open, roundId, phases, onClose }: ReopeningFormModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal open={open} title={t('rounds.reopenings.createTitle')} onClose={onClose}>
      <ReopeningForm roundId={roundId} phases={phases} onDone={onClose} />
    </FormModal>
  );
}

function ReopeningForm({
  roundId,
  phases,
  onDone,
}: {
  roundId: number;
  phases: readonly Phase[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReopeningFormValues>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const create = useCreateReopening();

  const submit = async (values: ReopeningFormValues) => {
    if (!values.townshipId || !values.phase || !values.until) return;
    const input: ReopeningInput = {
      townshipId: values.townshipId,
      phase: values.phase,
      until: shanghaiIso(values.until),
      reason: values.reason.trim(),
    };
    await save(async () => {
      const created = await create.mutateAsync({
        roundId,
        input,
        idempotencyKey: idempotency.key(),
      });
      void message.success(
        t('rounds.reopenings.created', {
          township: created.townshipName,
          phase: t(`rounds.phaseNames.${created.phase}`),
          until: formatShanghai(created.until),
        }),
      );
      onDone();
    });
  };

  return (
    <Form<ReopeningFormValues>
      name="reopening"
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      <Form.Item
        name="townshipId"
        label={t('rounds.reopenings.township')}
        rules={[{ required: true, message: t('rounds.reopenings.townshipRequired') }]}
      >
        <TownshipSelect />
      </Form.Item>
      <Form.Item
        name="phase"
        label={t('rounds.reopenings.phase')}
        rules={[{ required: true, message: t('rounds.reopenings.phaseRequired') }]}
      >
        <Select<PhaseCode>
          options={inProgrammeOrder(phases).map((p) => ({
            value: p.code,
            label: t('rounds.reopenings.phaseOption', {
              phase: t(`rounds.phaseNames.${p.code}`),
              deadline: formatShanghai(p.endsAt),
            }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="until"
        label={t('rounds.reopenings.until')}
        extra={t('rounds.reopenings.untilHint')}
        rules={[
          { required: true, message: t('rounds.reopenings.untilRequired') },
          {
            validator: async (_rule, value: Dayjs | null | undefined) => {
              if (value && !dayjs(shanghaiIso(value)).isAfter(dayjs())) {
                throw new Error(t('rounds.reopenings.untilPast'));
              }
              await Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('rounds.reopenings.reason')}
        extra={t('rounds.reopenings.reasonHint')}
        rules={[
          { required: true, whitespace: true, message: t('rounds.reopenings.reasonRequired') },
        ]}
      >
        <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} />
      <FormButtons onCancel={onDone} pending={create.isPending} />
    </Form>
  );
}
