import { useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { User, Versioned } from '../../../lib/api/types';

/** One user with its ETag, which an update must send back in If-Match. */
export async function fetchUser(id: number, signal?: AbortSignal): Promise<Versioned<User>> {
  const result = await api.GET('/api/v1/users/{userId}', {
    params: { path: { userId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

/** Always fresh: an edit form must start from the current version. */
export function useUser(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.users.detail(id),
    queryFn: ({ signal }) => fetchUser(id, signal),
    enabled,
    staleTime: 0,
  });
}
