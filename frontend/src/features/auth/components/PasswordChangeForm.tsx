import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import type { PasswordChange } from '../../../lib/api/types';
import { useChangePassword } from '../api/changePassword';
import { PASSWORD_MAX, passwordProblem } from './passwordPolicy';

const FIELDS = ['currentPassword', 'newPassword'] as const;

interface PasswordChangeValues extends PasswordChange {
  confirmPassword: string;
}

/** Current password, new password twice; the policy is explained and checked before sending. */
export function PasswordChangeForm({
  username,
  onChanged,
}: {
  username: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordChangeValues>();
  const { error, save } = useFormSave(form, FIELDS);
  const change = useChangePassword();

  const submit = async ({ currentPassword, newPassword }: PasswordChangeValues) => {
    await save(async () => {
      await change.mutateAsync({ currentPassword, newPassword });
      form.resetFields();
      onChanged();
    });
  };

  return (
    <Form<PasswordChangeValues>
      name="password-change"
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 480 }}
    >
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" maxLength={PASSWORD_MAX} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.policy', { username })}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('password.newRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const current = getFieldValue('currentPassword') as string | undefined;
              const problem =
                typeof value === 'string' ? passwordProblem(value, username, current) : undefined;
              if (problem) throw new Error(t(`password.problems.${problem}`));
              await Promise.resolve();
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('newPassword')) {
                throw new Error(t('password.mismatch'));
              }
              await Promise.resolve();
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX} />
      </Form.Item>
      <div style={{ marginBottom: 16 }}>
        <FormProblem error={error} fields={FIELDS} />
      </div>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
