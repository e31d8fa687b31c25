import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../api/getMe';

/** Shows its children to a signed-in user; sends anyone else to /login and back afterwards. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

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
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
