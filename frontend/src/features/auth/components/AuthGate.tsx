import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { isSessionExpired } from '../../../lib/auth/currentUser';
import { useMe } from '../api/getMe';

export const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * Shows its children to a signed-in user; sends anyone else to /login and back afterwards, and a
 * user who must change their password to the change-password page first.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  if (me.isPending) {
    return (
      <main style={{ padding: 48, textAlign: 'center' }}>
        <Spin description={t('auth.checking')} />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main style={{ padding: 24 }}>
        <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (me.data === null) {
    const expired = isSessionExpired() ? '&expired=1' : '';
    return <Navigate to={`/login?next=${encodeURIComponent(here)}${expired}`} replace />;
  }
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(here)}`} replace />;
  }
  return <>{children}</>;
}
