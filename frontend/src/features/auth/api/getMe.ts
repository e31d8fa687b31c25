import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData, isApiError, setCsrfToken } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Me } from '../../../lib/api/types';

/** The signed-in user, or null when nobody is (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = expectData(await api.GET('/api/v1/auth/me', { signal }));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e: unknown) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw e;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
