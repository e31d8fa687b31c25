import type {
  ApiKeyListParams,
  AuditEventListParams,
  DistrictListParams,
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
};
