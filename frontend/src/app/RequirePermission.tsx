import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ForbiddenResult } from '../components/StatusResult';
import { useCurrentUser } from '../lib/auth/currentUser';
import { can, type Permission } from '../lib/auth/permissions';

function Forbidden() {
  const { t } = useTranslation();
  const title = t('notFound.noAccessTitle');
  const product = t('app.title');
  useEffect(() => {
    document.title = `${title} - ${product}`;
  }, [title, product]);
  return <ForbiddenResult />;
}

/** A page only some roles may use; others get a "no access" page instead of a broken one. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const role = useCurrentUser()?.role;
  return can(role, permission) ? <>{children}</> : <Forbidden />;
}
