import { useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { Nomination, Versioned } from '../api/types';

/** One nomination with the actions the caller may take now, and its ETag for those actions. */
export async function fetchNomination(
  id: number,
  signal?: AbortSignal,
): Promise<Versioned<Nomination>> {
  const result = await api.GET('/api/v1/nominations/{nominationId}', {
    params: { path: { nominationId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

/** Always fresh: the actions offered depend on the state, the deadlines and the round. */
export function useNomination(id: number) {
  return useQuery({
    queryKey: queryKeys.nominations.detail(id),
    queryFn: ({ signal }) => fetchNomination(id, signal),
    staleTime: 0,
  });
}
