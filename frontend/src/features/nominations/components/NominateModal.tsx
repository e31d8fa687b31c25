import { Alert, App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormModal } from '../../../components/FormModal';
import { FormProblem } from '../../../components/FormProblem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import { useCreateNomination } from '../api/createNomination';
import { useDistrictTownships } from '../api/listDistrictTownships';
import { useNominations } from '../api/listNominations';

const FIELDS = ['townshipId'] as const;

interface NominateModalProps {
  open: boolean;
  roundId: number;
  districtId: number;
  onClose: () => void;
}

/** A district admin picks one of the district's townships not nominated into the round yet. */
export function NominateModal({ open, roundId, districtId, onClose }: NominateModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal open={open} title={t('nominations.nominateTitle')} onClose={onClose}>
      <NominateForm roundId={roundId} districtId={districtId} onDone={onClose} />
    </FormModal>
  );
}

function NominateForm({
  roundId,
  districtId,
  onDone,
}: {
  roundId: number;
  districtId: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ townshipId: number }>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const create = useCreateNomination();
  const townships = useDistrictTownships(districtId);
  // A quota is at most 50 places: one page holds every nomination of the district in the round.
  const nominations = useNominations({ roundId, districtId, page: 1, size: 100 });
  const taken = new Set(
    (nominations.data?.items ?? []).filter((n) => n.state !== 'WITHDRAWN').map((n) => n.townshipId),
  );
  const candidates = (townships.data?.items ?? []).filter((tw) => !taken.has(tw.id));
  const loading = townships.isPending || nominations.isPending;

  const submit = async ({ townshipId }: { townshipId: number }) => {
    await save(async () => {
      const nomination = await create.mutateAsync({
        roundId,
        townshipId,
        idempotencyKey: idempotency.key(),
      });
      void message.success(t('nominations.nominated', { name: nomination.townshipName }));
      onDone();
    });
  };

  return (
    <Form<{ townshipId: number }>
      name="nominate"
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      {(townships.isError || nominations.isError) && (
        <ProblemAlert error={townships.error ?? nominations.error} />
      )}
      {!loading && candidates.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('nominations.noCandidates')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="townshipId"
        label={t('nominations.township')}
        extra={t('nominations.nominateHint')}
        rules={[{ required: true, message: t('nominations.townshipRequired') }]}
      >
        <Select<number>
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          options={candidates.map((tw) => ({ value: tw.id, label: `${tw.name}（${tw.code}）` }))}
        />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} />
      <FormButtons onCancel={onDone} pending={create.isPending} />
    </Form>
  );
}
