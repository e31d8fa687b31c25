import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormProblem } from '../../../components/FormProblem';
import { shanghaiIso } from '../../../components/format';
import { FormModal } from '../../../components/FormModal';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import {
  API_KEY_SCOPES,
  type ApiKeyInput,
  type ApiKeyScope,
  type ApiKeyWithSecret,
} from '../../../lib/api/types';
import { useCreateApiKey } from '../api/createApiKey';
import { useDistrictOptions } from '../api/listDistrictOptions';

const FIELDS = [
  'name',
  'ownerSystem',
  'scopes',
  'districtId',
  'expiresAt',
  'rateLimitPerMinute',
] as const;

interface ApiKeyFormValues {
  name: string;
  ownerSystem: string;
  scopes: ApiKeyScope[];
  districtId?: number;
  expiresAt?: Dayjs | null;
  rateLimitPerMinute?: number | null;
}

interface ApiKeyFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (created: ApiKeyWithSecret) => void;
}

/** Issues an API key; the caller shows the secret once. */
export function ApiKeyFormModal({ open, onClose, onCreated }: ApiKeyFormModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal open={open} title={t('apiKey.createTitle')} onClose={onClose}>
      <ApiKeyForm
        onCancel={onClose}
        onCreated={(created) => {
          onClose();
          onCreated(created);
        }}
      />
    </FormModal>
  );
}

function ApiKeyForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (created: ApiKeyWithSecret) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApiKeyFormValues>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const districts = useDistrictOptions();
  const create = useCreateApiKey();

  const submit = async (values: ApiKeyFormValues) => {
    const input: ApiKeyInput = {
      name: values.name.trim(),
      ownerSystem: values.ownerSystem.trim(),
      scopes: values.scopes,
      districtId: values.districtId ?? null,
      expiresAt: values.expiresAt ? shanghaiIso(values.expiresAt) : null,
      rateLimitPerMinute: values.rateLimitPerMinute ?? null,
    };
    await save(async () => {
      onCreated(await create.mutateAsync({ input, idempotencyKey: idempotency.key() }));
    });
  };

  return (
    <Form<ApiKeyFormValues>
      name="api-key"
      form={form}
      layout="vertical"
      initialValues={{ scopes: ['read'] }}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      <Form.Item
        name="name"
        label={t('apiKey.name')}
        rules={[{ required: true, whitespace: true, message: t('apiKey.nameRequired') }]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="ownerSystem"
        label={t('apiKey.ownerSystem')}
        rules={[{ required: true, whitespace: true, message: t('apiKey.ownerSystemRequired') }]}
      >
        <Input maxLength={128} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('apiKey.scopes')}
        // a checkbox group may not carry aria-required; the rule still applies
        required={false}
        extra={t('apiKey.scopesRequired')}
        rules={[{ required: true, type: 'array', min: 1, message: t('apiKey.scopesRequired') }]}
      >
        <Checkbox.Group
          options={API_KEY_SCOPES.map((s) => ({ value: s, label: t(`apiKey.scopeNames.${s}`) }))}
        />
      </Form.Item>
      {districts.isError && <ProblemAlert error={districts.error} />}
      <Form.Item name="districtId" label={t('apiKey.district')} extra={t('apiKey.districtHint')}>
        <Select<number>
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={{ label: t('common.clear') }}
          loading={districts.isPending}
          options={(districts.data?.items ?? []).map((d) => ({
            value: d.id,
            label: `${d.name}（${d.code}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="expiresAt"
        label={t('apiKey.expiresAt')}
        extra={t('apiKey.expiresAtHint')}
        rules={[
          {
            validator: async (_rule, value: Dayjs | null | undefined) => {
              if (value && !dayjs(shanghaiIso(value)).isAfter(dayjs())) {
                throw new Error(t('apiKey.expiresAtPast'));
              }
              await Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        name="rateLimitPerMinute"
        label={t('apiKey.rateLimit')}
        extra={t('apiKey.rateLimitHint')}
      >
        <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} />
      <FormButtons onCancel={onCancel} pending={create.isPending} />
    </Form>
  );
}
