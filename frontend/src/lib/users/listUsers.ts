import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { UserListParams, UserPage } from '../api/types';

// Shared by the users page and a district's page (its users).

export async function fetchUsers(params: UserListParams, signal?: AbortSignal): Promise<UserPage> {
  return expectData(await api.GET('/api/v1/users', { params: { query: params }, signal }));
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: queryKeys.users.list(params),
    queryFn: ({ signal }) => fetchUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
