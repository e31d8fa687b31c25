import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { UserListParams, UserPage } from '../../../lib/api/types';

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
