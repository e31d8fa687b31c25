import type {
  ApiKeyListParams,
  AuditEventListParams,
  DistrictListParams,
  NominationListParams,
  NotificationListParams,
  RoundListParams,
  TownshipListParams,
  UserListParams,
} from './types';

/**
 * Query keys shared by every feature, so a mutation in one feature can invalidate what another
 * shows (a new township changes its district's townshipCount).
 */
export const queryKeys = {
  me: ['auth', 'me'] as const,
  sessions: ['auth', 'sessions'] as const,
  users: {
    all: ['users'] as const,
    lists: () => [...queryKeys.users.all, 'list'] as const,
    list: (params: UserListParams) => [...queryKeys.users.lists(), params] as const,
    detail: (id: number) => [...queryKeys.users.all, 'detail', id] as const,
  },
  apiKeys: {
    all: ['apiKeys'] as const,
    list: (params: ApiKeyListParams) => [...queryKeys.apiKeys.all, 'list', params] as const,
  },
  auditEvents: {
    all: ['auditEvents'] as const,
    list: (params: AuditEventListParams) => [...queryKeys.auditEvents.all, 'list', params] as const,
  },
  districts: {
    all: ['districts'] as const,
    lists: () => [...queryKeys.districts.all, 'list'] as const,
    list: (params: DistrictListParams) => [...queryKeys.districts.lists(), params] as const,
    detail: (id: number) => [...queryKeys.districts.all, 'detail', id] as const,
  },
  townships: {
    all: ['townships'] as const,
    lists: () => [...queryKeys.townships.all, 'list'] as const,
    list: (params: TownshipListParams) => [...queryKeys.townships.lists(), params] as const,
    detail: (id: number) => [...queryKeys.townships.all, 'detail', id] as const,
  },
  frameworks: {
    all: ['frameworks'] as const,
    list: () => [...queryKeys.frameworks.all, 'list'] as const,
    detail: (id: number) => [...queryKeys.frameworks.all, 'detail', id] as const,
  },
  rounds: {
    all: ['rounds'] as const,
    lists: () => [...queryKeys.rounds.all, 'list'] as const,
    list: (params: RoundListParams) => [...queryKeys.rounds.lists(), params] as const,
    detail: (id: number) => [...queryKeys.rounds.all, 'detail', id] as const,
    /** Quotas, places used and provincial candidates per district. */
    districts: (id: number) => [...queryKeys.rounds.all, 'districts', id] as const,
    reopenings: (id: number) => [...queryKeys.rounds.all, 'reopenings', id] as const,
  },
  nominations: {
    all: ['nominations'] as const,
    lists: () => [...queryKeys.nominations.all, 'list'] as const,
    list: (params: NominationListParams) => [...queryKeys.nominations.lists(), params] as const,
    detail: (id: number) => [...queryKeys.nominations.all, 'detail', id] as const,
    /** Counts per state (one statistics call), invalidated with every nomination change. */
    statistics: (roundId: number) => [...queryKeys.nominations.all, 'statistics', roundId] as const,
    /** A round's dashboard (one statistics call), refreshed with every nomination change. */
    dashboard: (roundId: number, districtId?: number) =>
      [...queryKeys.nominations.all, 'dashboard', roundId, districtId ?? 'all'] as const,
    /** The current plan; its revisions under `revisions`. */
    plan: (id: number) => [...queryKeys.nominations.all, 'plan', id] as const,
    revisions: (id: number) => [...queryKeys.nominations.plan(id), 'revisions'] as const,
    revision: (id: number, revision: number) =>
      [...queryKeys.nominations.revisions(id), revision] as const,
  },
  /** The signed-in user's own notifications (the bell and the notifications page). */
  notifications: {
    all: ['notifications'] as const,
    list: (params: NotificationListParams) =>
      [...queryKeys.notifications.all, 'list', params] as const,
  },
};
