import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Round, Versioned } from '../../../lib/api/types';

/** One round with its ETag, which an update or state action sends back in If-Match. */
export async function fetchRound(id: number, signal?: AbortSignal): Promise<Versioned<Round>> {
  const result = await api.GET('/api/v1/rounds/{roundId}', {
    params: { path: { roundId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function roundQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.rounds.detail(id),
    queryFn: ({ signal }) => fetchRound(id, signal),
  });
}

export function useRound(id: number, options: { enabled?: boolean; fresh?: boolean } = {}) {
  return useQuery({
    ...roundQueryOptions(id),
    enabled: options.enabled ?? true,
    // An edit form must start from the current version, not a cached one.
    staleTime: options.fresh ? 0 : undefined,
  });
}
