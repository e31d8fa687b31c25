import { Alert, Card, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { safeNext } from '../../../components/safeNext';
import { useMe } from '../api/getMe';
import { PasswordChangeForm } from './PasswordChangeForm';
import { SignOutButton } from './SignOutButton';

/** Where a user who must change their password (first sign-in, after a reset) is held. */
export function PasswordChangePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const title = t('password.forcedTitle');
  const product = t('app.title');
  useEffect(() => {
    document.title = `${title} - ${product}`;
  }, [title, product]);

  if (!me.data) return null;
  if (!me.data.mustChangePassword) return <Navigate to={next} replace />;

  return (
    <main className="login-page">
      <Flex justify="flex-end" gap="small" style={{ marginBottom: 16 }}>
        <SignOutButton />
        <LanguageSwitch />
      </Flex>
      <Card>
        <Typography.Paragraph strong style={{ fontSize: 16 }}>
          {product}
        </Typography.Paragraph>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {title}
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          title={t('password.forcedIntro', { name: me.data.displayName })}
          style={{ marginBottom: 16 }}
        />
        <PasswordChangeForm
          username={me.data.username}
          onChanged={() => void navigate(next, { replace: true })}
        />
      </Card>
    </main>
  );
}
