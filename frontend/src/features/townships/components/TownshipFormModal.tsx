import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormProblem } from '../../../components/FormProblem';
import { FormModal } from '../../../components/FormModal';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import type { District, Township, TownshipInput } from '../../../lib/api/types';
import { useCreateTownship } from '../api/createTownship';
import { useTownship } from '../api/getTownship';
import { useDistrictOptions } from '../api/listDistrictOptions';
import { useUpdateTownship } from '../api/updateTownship';
import { DistrictSelect } from './DistrictSelect';

const FIELDS = ['code', 'name', 'districtId'] as const;

interface TownshipFormModalProps {
  open: boolean;
  /** The township to edit; absent to create one. */
  townshipId?: number | undefined;
  /** Preselected district when creating. */
  districtId?: number | undefined;
  onClose: () => void;
  onSaved?: (township: Township) => void;
}

/** Create or edit a township. Editing loads the township first, for its ETag. */
export function TownshipFormModal({
  open,
  townshipId,
  districtId,
  onClose,
  onSaved,
}: TownshipFormModalProps) {
  const { t } = useTranslation();
  const editing = townshipId !== undefined;
  const current = useTownship(townshipId ?? 0, { enabled: open && editing, fresh: true });

  return (
    <FormModal
      open={open}
      title={
        editing
          ? t('township.editTitle', { name: current.data?.value.name ?? '' })
          : t('township.createTitle')
      }
      onClose={onClose}
      record={editing ? current : undefined}
    >
      <TownshipForm
        key={current.data?.etag ?? 'new'}
        initial={editing ? current.data?.value : undefined}
        defaultDistrictId={districtId}
        etag={current.data?.etag}
        onReload={() => void current.refetch()}
        onCancel={onClose}
        onSaved={(township) => {
          onSaved?.(township);
          onClose();
        }}
      />
    </FormModal>
  );
}

interface TownshipFormProps {
  initial: Township | undefined;
  defaultDistrictId: number | undefined;
  etag: string | undefined;
  onReload: () => void;
  onCancel: () => void;
  onSaved: (township: Township) => void;
}

function TownshipForm({
  initial,
  defaultDistrictId,
  etag,
  onReload,
  onCancel,
  onSaved,
}: TownshipFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TownshipInput>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const districts = useDistrictOptions();
  const create = useCreateTownship();
  const update = useUpdateTownship();
  const pending = create.isPending || update.isPending;

  const districtById = (id: unknown): District | undefined =>
    districts.data?.items.find((d) => d.id === id);

  const submit = async (values: TownshipInput) => {
    const input: TownshipInput = {
      code: values.code,
      name: values.name.trim(),
      districtId: values.districtId,
    };
    await save(async () => {
      const saved =
        initial === undefined
          ? await create.mutateAsync({ input, idempotencyKey: idempotency.key() })
          : (await update.mutateAsync({ id: initial.id, input, etag: etag ?? '' })).value;
      void message.success(
        t(initial === undefined ? 'township.created' : 'township.updated', { name: saved.name }),
      );
      onSaved(saved);
    });
  };

  return (
    <Form<TownshipInput>
      name="township"
      form={form}
      layout="vertical"
      initialValues={
        initial
          ? { code: initial.code, name: initial.name, districtId: initial.districtId }
          : { districtId: defaultDistrictId }
      }
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      {districts.isError && <ProblemAlert error={districts.error} />}
      <Form.Item
        name="districtId"
        label={t('township.district')}
        rules={[{ required: true, message: t('township.districtRequired') }]}
      >
        <DistrictSelect districts={districts.data?.items} loading={districts.isPending} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('township.code')}
        dependencies={['districtId']}
        rules={[
          { required: true, message: t('township.codeRequired') },
          { pattern: /^([0-9]{9}|[0-9]{12})$/, message: t('township.codePattern') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const district = districtById(getFieldValue('districtId'));
              if (typeof value === 'string' && district && !value.startsWith(district.code)) {
                throw new Error(t('township.codePrefix', { prefix: district.code }));
              }
              await Promise.resolve();
            },
          }),
        ]}
      >
        <Input inputMode="numeric" maxLength={12} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('township.name')}
        rules={[
          { required: true, whitespace: true, message: t('township.nameRequired') },
          { max: 64, message: t('township.nameMax') },
        ]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} onReload={onReload} />
      <FormButtons onCancel={onCancel} pending={pending} />
    </Form>
  );
}
