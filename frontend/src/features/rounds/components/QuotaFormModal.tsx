import { App, Descriptions, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormModal } from '../../../components/FormModal';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import type { RoundDistrict } from '../../../lib/api/types';
import { useSetDistrictQuota } from '../api/setDistrictQuota';

const FIELDS = ['quota'] as const;

interface QuotaFormModalProps {
  roundId: number;
  /** The round's ETag, sent in If-Match: a quota changed meanwhile is refused (412), not overwritten. */
  roundEtag: string | undefined;
  /** The district whose quota to override; null while closed. */
  district: RoundDistrict | null;
  onClose: () => void;
}

/** Overrides one district's quota in a round; the server refuses (409) below the places used. */
export function QuotaFormModal({ roundId, roundEtag, district, onClose }: QuotaFormModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal
      open={district !== null}
      title={t('rounds.quota.editTitle', { name: district?.districtName ?? '' })}
      onClose={onClose}
    >
      {district && (
        <QuotaForm roundId={roundId} roundEtag={roundEtag} district={district} onDone={onClose} />
      )}
    </FormModal>
  );
}

function QuotaForm({
  roundId,
  roundEtag,
  district,
  onDone,
}: {
  roundId: number;
  roundEtag: string | undefined;
  district: RoundDistrict;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ quota: number | null }>();
  const { error, save } = useFormSave(form, FIELDS);
  const setQuota = useSetDistrictQuota();

  const submit = async ({ quota }: { quota: number | null }) => {
    await save(async () => {
      const saved = await setQuota.mutateAsync({
        roundId,
        etag: roundEtag,
        districtId: district.districtId,
        quota: quota ?? 0,
      });
      void message.success(
        t('rounds.quota.saved', { name: saved.districtName, quota: saved.quota }),
      );
      onDone();
    });
  };

  return (
    <Form<{ quota: number | null }>
      name="quota"
      form={form}
      layout="vertical"
      initialValues={{ quota: district.quota }}
      onFinish={(values) => void submit(values)}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'kind',
            label: t('rounds.quota.kind'),
            children: t(`rounds.kinds.${district.kind}`),
          },
          { key: 'current', label: t('rounds.quota.current'), children: district.quota },
          { key: 'used', label: t('rounds.quota.used'), children: district.used },
        ]}
      />
      <Form.Item
        name="quota"
        label={t('rounds.quota.newQuota')}
        extra={t('rounds.quota.hint', { used: district.used })}
        rules={[
          { required: true, message: t('rounds.quota.required') },
          {
            type: 'number',
            min: district.used,
            message: t('rounds.quota.belowUsed', { used: district.used }),
          },
        ]}
      >
        <InputNumber min={0} max={50} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} />
      <FormButtons onCancel={onDone} pending={setQuota.isPending} />
    </Form>
  );
}
