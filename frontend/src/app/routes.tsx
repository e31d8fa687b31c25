import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AuthGate } from '../features/auth';
import type { Permission } from '../lib/auth/permissions';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/**
 * A page loaded when its route is first visited, so the first screen downloads only itself.
 * With a permission, roles without it get the "no access" page instead.
 */
function page(
  load: () => Promise<ComponentType>,
  permission?: Permission,
): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      if (!permission) return { Component: await load() };
      // loaded with the page: its "no access" answer is not part of the first screen
      const [Page, { RequirePermission }] = await Promise.all([
        load(),
        import('./RequirePermission'),
      ]);
      return {
        Component: () => (
          <RequirePermission permission={permission}>
            <Page />
          </RequirePermission>
        ),
      };
    },
  };
}

export const routes: RouteObject[] = [
  {
    path: 'login',
    ...page(() => import('../features/auth/login').then((m) => m.LoginPage)),
    errorElement: <RouteError />,
  },
  {
    path: 'change-password',
    ...page(() =>
      import('../features/auth/pages').then(({ PasswordChangePage }) => () => (
        <AuthGate>
          <PasswordChangePage />
        </AuthGate>
      )),
    ),
    errorElement: <RouteError />,
  },
  {
    path: 'public/cases',
    ...page(() => import('../features/cases/public').then((m) => m.PublicCaseListPage)),
    errorElement: <RouteError />,
  },
  {
    path: 'public/cases/:id',
    ...page(() => import('../features/cases/public').then((m) => m.PublicCaseDetailPage)),
    errorElement: <RouteError />,
  },
  {
    // The published results, for everyone: no sign-in, outside the signed-in layout.
    path: 'public/results',
    ...page(() => import('../features/results').then((m) => m.PublicResultsPage)),
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
      { index: true, ...page(() => import('../features/overview').then((m) => m.OverviewPage)) },
      {
        path: 'districts',
        ...page(() => import('../features/districts').then((m) => m.DistrictListPage)),
      },
      {
        path: 'districts/:id',
        ...page(() => import('../features/districts').then((m) => m.DistrictDetailPage)),
      },
      {
        path: 'townships',
        ...page(() => import('../features/townships').then((m) => m.TownshipListPage)),
      },
      {
        path: 'townships/:id',
        ...page(() => import('../features/townships').then((m) => m.TownshipDetailPage)),
      },
      { path: 'rounds', ...page(() => import('../features/rounds').then((m) => m.RoundListPage)) },
      {
        path: 'rounds/:id',
        ...page(() => import('../features/rounds').then((m) => m.RoundDetailPage)),
      },
      {
        path: 'frameworks',
        ...page(() => import('../features/frameworks').then((m) => m.FrameworkListPage)),
      },
      {
        path: 'frameworks/:id',
        ...page(() => import('../features/frameworks').then((m) => m.FrameworkDetailPage)),
      },
      {
        path: 'nominations',
        ...page(() => import('../features/nominations').then((m) => m.NominationListPage)),
      },
      {
        path: 'nominations/:id',
        ...page(() => import('../features/nominations').then((m) => m.NominationDetailPage)),
      },
      {
        path: 'nominations/:id/dossier',
        ...page(() => import('../features/nominations').then((m) => m.NominationDossierPage)),
      },
      {
        path: 'nominations/:id/evidence',
        ...page(() => import('../features/evidence').then((m) => m.EvidenceWorkspacePage)),
      },
      {
        path: 'nominations/:id/evidence/:indicatorCode',
        ...page(() => import('../features/evidence').then((m) => m.EvidenceIndicatorPage)),
      },
      {
        path: 'evidence/review',
        ...page(
          () => import('../features/evidence').then((m) => m.EvidenceReviewPage),
          'reviewEvidence',
        ),
      },
      {
        path: 'cases',
        ...page(() => import('../features/cases').then((m) => m.CaseListPage), 'readCases'),
      },
      {
        path: 'cases/new',
        ...page(() => import('../features/cases').then((m) => m.CaseNewPage), 'writeCases'),
      },
      {
        path: 'cases/:id',
        ...page(() => import('../features/cases').then((m) => m.CaseDetailPage), 'readCases'),
      },
      {
        path: 'assessment',
        ...page(
          () => import('../features/assessment').then((m) => m.AssessmentQueuePage),
          'viewAssessment',
        ),
      },
      {
        path: 'ranking',
        ...page(() => import('../features/assessment').then((m) => m.RankingPage), 'viewRanking'),
      },
      {
        path: 'assessment/publication',
        ...page(
          () => import('../features/assessment').then((m) => m.PublicationPage),
          'decideVerdicts',
        ),
      },
      {
        path: 'assessment/:id',
        ...page(
          () => import('../features/assessment').then((m) => m.JudgementPage),
          'viewAssessment',
        ),
      },
      {
        path: 'assessment/:id/verdict',
        ...page(
          () => import('../features/assessment').then((m) => m.VerdictPage),
          'viewAssessment',
        ),
      },
      {
        path: 'account',
        ...page(() => import('../features/auth/pages').then((m) => m.AccountPage)),
      },
      {
        path: 'notifications',
        ...page(() =>
          import('../features/notifications/pages').then((m) => m.NotificationListPage),
        ),
      },
      {
        path: 'users',
        ...page(() => import('../features/users').then((m) => m.UserListPage), 'manageUsers'),
      },
      {
        path: 'api-keys',
        ...page(() => import('../features/apiKeys').then((m) => m.ApiKeyListPage), 'manageApiKeys'),
      },
      {
        path: 'audit',
        ...page(() => import('../features/audit').then((m) => m.AuditLogPage), 'viewAudit'),
      },
      {
        path: 'imports',
        ...page(() => import('../features/imports').then((m) => m.ImportPage), 'importData'),
      },
      { path: '*', ...page(() => import('./NotFoundPage').then((m) => m.NotFoundPage)) },
    ],
  },
];
