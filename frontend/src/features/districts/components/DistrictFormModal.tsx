import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormProblem } from '../../../components/FormProblem';
import { FormModal } from '../../../components/FormModal';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import { DISTRICT_KINDS, type District, type DistrictInput } from '../../../lib/api/types';
import { useCreateDistrict } from '../api/createDistrict';
import { useDistrict } from '../api/getDistrict';
import { useUpdateDistrict } from '../api/updateDistrict';

const FIELDS = ['code', 'name', 'kind'] as const;

interface DistrictFormModalProps {
  open: boolean;
  /** The district to edit; absent to create one. */
  districtId?: number | undefined;
  onClose: () => void;
  onSaved?: (district: District) => void;
}

/** Create or edit a district. Editing loads the district first, for its ETag. */
export function DistrictFormModal({ open, districtId, onClose, onSaved }: DistrictFormModalProps) {
  const { t } = useTranslation();
  const editing = districtId !== undefined;
  const current = useDistrict(districtId ?? 0, { enabled: open && editing, fresh: true });

  return (
    <FormModal
      open={open}
      title={
        editing
          ? t('district.editTitle', { name: current.data?.value.name ?? '' })
          : t('district.createTitle')
      }
      onClose={onClose}
      record={editing ? current : undefined}
    >
      <DistrictForm
        key={current.data?.etag ?? 'new'}
        initial={editing ? current.data?.value : undefined}
        etag={current.data?.etag}
        onReload={() => void current.refetch()}
        onCancel={onClose}
        onSaved={(district) => {
          onSaved?.(district);
          onClose();
        }}
      />
    </FormModal>
  );
}

interface DistrictFormProps {
  initial: District | undefined;
  etag: string | undefined;
  onReload: () => void;
  onCancel: () => void;
  onSaved: (district: District) => void;
}

function DistrictForm({ initial, etag, onReload, onCancel, onSaved }: DistrictFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DistrictInput>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const create = useCreateDistrict();
  const update = useUpdateDistrict();
  const pending = create.isPending || update.isPending;

  const submit = async (values: DistrictInput) => {
    const input: DistrictInput = { code: values.code, name: values.name.trim(), kind: values.kind };
    await save(async () => {
      const saved =
        initial === undefined
          ? await create.mutateAsync({ input, idempotencyKey: idempotency.key() })
          : (await update.mutateAsync({ id: initial.id, input, etag: etag ?? '' })).value;
      void message.success(
        t(initial === undefined ? 'district.created' : 'district.updated', { name: saved.name }),
      );
      onSaved(saved);
    });
  };

  return (
    <Form<DistrictInput>
      name="district"
      form={form}
      layout="vertical"
      initialValues={initial ? { code: initial.code, name: initial.name, kind: initial.kind } : {}}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      <Form.Item
        name="code"
        label={t('district.code')}
        rules={[
          { required: true, message: t('district.codeRequired') },
          { pattern: /^[0-9]{6}$/, message: t('district.codePattern') },
        ]}
      >
        <Input inputMode="numeric" maxLength={6} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('district.name')}
        rules={[
          { required: true, whitespace: true, message: t('district.nameRequired') },
          { max: 64, message: t('district.nameMax') },
        ]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('district.kind')}
        rules={[{ required: true, message: t('district.kindRequired') }]}
      >
        <Radio.Group
          aria-label={t('district.kind')}
          options={DISTRICT_KINDS.map((kind) => ({
            value: kind,
            label: t(`district.kinds.${kind}`),
          }))}
        />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} onReload={onReload} />
      <FormButtons onCancel={onCancel} pending={pending} />
    </Form>
  );
}
