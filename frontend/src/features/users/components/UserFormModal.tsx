import { Alert, App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormProblem } from '../../../components/FormProblem';
import { FormModal } from '../../../components/FormModal';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import { ROLES, type Role, type User, type UserInput } from '../../../lib/api/types';
import { useCreateUser } from '../api/createUser';
import { useUser } from '../api/getUser';
import { useDistrictOptions, useTownshipOptions } from '../api/scopeOptions';
import { useUpdateUser } from '../api/updateUser';

const FIELDS = ['username', 'displayName', 'role', 'districtId', 'townshipId'] as const;

/** Which scope field a role has: a district (required or optional), a township, or none. */
export function scopeFieldOf(role: Role | undefined): {
  district: 'required' | 'optional' | 'none';
  township: boolean;
} {
  switch (role) {
    case 'DISTRICT_ADMIN':
      return { district: 'required', township: false };
    case 'VIEWER':
      return { district: 'optional', township: false };
    case 'TOWNSHIP_OPERATOR':
      return { district: 'none', township: true };
    default:
      return { district: 'none', township: false };
  }
}

interface UserFormModalProps {
  open: boolean;
  /** The user to edit; absent to create one. */
  userId?: number | undefined;
  onClose: () => void;
  /** After a create: the new user and their one-time initial password. */
  onCreated: (user: User, initialPassword: string) => void;
}

/** Create or edit a user. Editing loads the user first, for its ETag. */
export function UserFormModal({ open, userId, onClose, onCreated }: UserFormModalProps) {
  const { t } = useTranslation();
  const editing = userId !== undefined;
  const current = useUser(userId ?? 0, open && editing);
  return (
    <FormModal
      open={open}
      title={
        editing
          ? t('user.editTitle', { name: current.data?.value.displayName ?? '' })
          : t('user.createTitle')
      }
      onClose={onClose}
      record={editing ? current : undefined}
    >
      <UserForm
        key={current.data?.etag ?? 'new'}
        initial={editing ? current.data?.value : undefined}
        etag={current.data?.etag}
        onReload={() => void current.refetch()}
        onCancel={onClose}
        onCreated={(user, password) => {
          onClose();
          onCreated(user, password);
        }}
        onSaved={onClose}
      />
    </FormModal>
  );
}

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  districtId?: number | undefined;
  townshipId?: number | undefined;
}

interface UserFormProps {
  initial: User | undefined;
  etag: string | undefined;
  onReload: () => void;
  onCancel: () => void;
  onCreated: (user: User, initialPassword: string) => void;
  onSaved: () => void;
}

function UserForm({ initial, etag, onReload, onCancel, onCreated, onSaved }: UserFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const create = useCreateUser();
  const update = useUpdateUser();
  const role = (Form.useWatch('role', form) as Role | undefined) ?? initial?.role;
  const scope = scopeFieldOf(role);
  const needsOptions = scope.district !== 'none' || scope.township;
  const districts = useDistrictOptions();
  const townships = useTownshipOptions();

  const submit = async (values: UserFormValues) => {
    const fields = scopeFieldOf(values.role);
    // Only the scope the role has is sent; a role change drops the other one.
    const scopeInput = {
      districtId: fields.district === 'none' ? null : (values.districtId ?? null),
      townshipId: fields.township ? (values.townshipId ?? null) : null,
    };
    await save(async () => {
      if (initial === undefined) {
        const input: UserInput = {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          role: values.role,
          ...scopeInput,
        };
        const created = await create.mutateAsync({ input, idempotencyKey: idempotency.key() });
        onCreated(created.user, created.initialPassword);
      } else {
        const saved = await update.mutateAsync({
          id: initial.id,
          etag: etag ?? '',
          input: { displayName: values.displayName.trim(), role: values.role, ...scopeInput },
        });
        void message.success(t('user.updated', { name: saved.value.displayName }));
        onSaved();
      }
    });
  };

  return (
    <Form<UserFormValues>
      name="user"
      form={form}
      layout="vertical"
      initialValues={
        initial
          ? {
              username: initial.username,
              displayName: initial.displayName,
              role: initial.role,
              districtId: initial.districtId ?? undefined,
              townshipId: initial.townshipId ?? undefined,
            }
          : undefined
      }
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      <Form.Item
        name="username"
        label={t('user.username')}
        extra={initial ? undefined : t('user.usernamePattern')}
        rules={[
          { required: true, whitespace: true, message: t('user.usernameRequired') },
          { pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/, message: t('user.usernamePattern') },
        ]}
      >
        <Input maxLength={64} autoComplete="off" disabled={initial !== undefined} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('user.displayName')}
        rules={[{ required: true, whitespace: true, message: t('user.displayNameRequired') }]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('user.role')}
        extra={initial ? t('user.roleChangeHint') : undefined}
        rules={[{ required: true, message: t('user.roleRequired') }]}
      >
        <Select<Role> options={ROLES.map((r) => ({ value: r, label: t(`auth.roles.${r}`) }))} />
      </Form.Item>
      {needsOptions && (districts.isError || townships.isError) && (
        <ProblemAlert error={districts.error ?? townships.error} />
      )}
      {scope.district !== 'none' && (
        <Form.Item
          name="districtId"
          label={t('user.district')}
          extra={scope.district === 'optional' ? t('user.viewerDistrictHint') : undefined}
          rules={
            scope.district === 'required'
              ? [{ required: true, message: t('user.districtRequired') }]
              : []
          }
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            allowClear={scope.district === 'optional' ? { label: t('common.clear') } : false}
            loading={districts.isPending}
            options={(districts.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.name}（${d.code}）`,
            }))}
          />
        </Form.Item>
      )}
      {scope.township && (
        <Form.Item
          name="townshipId"
          label={t('user.township')}
          rules={[{ required: true, message: t('user.townshipRequired') }]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            loading={townships.isPending}
            options={(townships.data?.items ?? []).map((tw) => ({
              value: tw.id,
              label: `${tw.districtName} / ${tw.name}`,
            }))}
          />
        </Form.Item>
      )}
      {role !== undefined && !needsOptions && (
        <Alert type="info" title={t('user.cityScopeHint')} style={{ marginBottom: 16 }} />
      )}
      <FormProblem error={error} fields={FIELDS} onReload={onReload} />
      <FormButtons onCancel={onCancel} pending={create.isPending || update.isPending} />
    </Form>
  );
}
