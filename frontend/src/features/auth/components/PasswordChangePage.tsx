import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { safeNext } from '../../../components/safeNext';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useMe } from '../api/getMe';
import { AuthCard } from './AuthCard';
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
  useDocumentTitle(title);

  if (!me.data) return null;
  if (!me.data.mustChangePassword) return <Navigate to={next} replace />;

  return (
    <AuthCard
      title={title}
      tools={
        <>
          <SignOutButton />
          <LanguageSwitch />
        </>
      }
    >
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
    </AuthCard>
  );
}
