import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Session } from '../../../lib/api/types';

export async function fetchSessions(signal?: AbortSignal): Promise<Session[]> {
  return expectData(await api.GET('/api/v1/auth/sessions', { signal }));
}

export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: ({ signal }) => fetchSessions(signal),
  });
}
