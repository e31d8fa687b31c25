import type { RouteObject } from 'react-router';
import { AuthGate, LoginPage } from '../features/auth';
import { DistrictDetailPage, DistrictListPage } from '../features/districts';
import { OverviewPage } from '../features/overview';
import { TownshipDetailPage, TownshipListPage } from '../features/townships';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  { path: 'login', element: <LoginPage />, errorElement: <RouteError /> },
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
