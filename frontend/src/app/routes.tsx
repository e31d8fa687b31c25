import type { RouteObject } from 'react-router';
import { ApiKeyListPage } from '../features/apiKeys';
import { AuditLogPage } from '../features/audit';
import { AccountPage, AuthGate, LoginPage, PasswordChangePage } from '../features/auth';
import { DistrictDetailPage, DistrictListPage } from '../features/districts';
import { FrameworkDetailPage, FrameworkListPage } from '../features/frameworks';
import { NominationDetailPage, NominationListPage } from '../features/nominations';
import { NotificationListPage } from '../features/notifications';
import { OverviewPage } from '../features/overview';
import { RoundDetailPage, RoundListPage } from '../features/rounds';
import { TownshipDetailPage, TownshipListPage } from '../features/townships';
import { UserListPage } from '../features/users';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  { path: 'login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: 'change-password',
    element: (
      <AuthGate>
        <PasswordChangePage />
      </AuthGate>
    ),
    errorElement: <RouteError />,
  },
  {
    element: (
      <AuthGate>
        <AppLayout />
      </AuthGate>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'districts', element: <DistrictListPage /> },
      { path: 'districts/:id', element: <DistrictDetailPage /> },
      { path: 'townships', element: <TownshipListPage /> },
      { path: 'townships/:id', element: <TownshipDetailPage /> },
      { path: 'rounds', element: <RoundListPage /> },
      { path: 'rounds/:id', element: <RoundDetailPage /> },
      { path: 'frameworks', element: <FrameworkListPage /> },
      { path: 'frameworks/:id', element: <FrameworkDetailPage /> },
      { path: 'nominations', element: <NominationListPage /> },
      { path: 'nominations/:id', element: <NominationDetailPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'notifications', element: <NotificationListPage /> },
      {
        path: 'users',
        element: (
          <RequirePermission permission="manageUsers">
            <UserListPage />
          </RequirePermission>
        ),
      },
      {
        path: 'api-keys',
        element: (
          <RequirePermission permission="manageApiKeys">
            <ApiKeyListPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="viewAudit">
            <AuditLogPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
