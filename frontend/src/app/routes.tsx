import type { RouteObject } from 'react-router';
import { DistrictDetailPage, DistrictListPage } from '../features/districts';
import { OverviewPage } from '../features/overview';
import { TownshipDetailPage, TownshipListPage } from '../features/townships';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
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
