import { Alert, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { safeNext } from '../../../components/safeNext';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { clearSessionExpired } from '../../../lib/auth/currentUser';
import type { LoginInput } from '../../../lib/api/types';
import { useMe } from '../api/getMe';
import { useLogin } from '../api/login';
import { AuthCard } from './AuthCard';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const me = useMe();
  const login = useLogin();
  const title = t('auth.title');
  useDocumentTitle(title);
  useEffect(() => {
    clearSessionExpired();
  }, []);

  if (me.data) return <Navigate to={next} replace />;

  return (
    <AuthCard title={title} tools={<LanguageSwitch />}>
      {expired && !login.isError && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('auth.sessionExpired')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<LoginInput>
        name="login"
        layout="vertical"
        onFinish={(values) => {
          login.mutate(values, {
            onSuccess: () => void navigate(next, { replace: true }),
          });
        }}
      >
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input autoComplete="username" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        {login.isError && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={login.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthCard>
  );
}
