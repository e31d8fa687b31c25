import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Township, Versioned } from '../../../lib/api/types';

/** One township with its ETag, which an update must send back in If-Match. */
export async function fetchTownship(
  id: number,
  signal?: AbortSignal,
): Promise<Versioned<Township>> {
  const result = await api.GET('/api/v1/townships/{townshipId}', {
    params: { path: { townshipId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function townshipQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.townships.detail(id),
    queryFn: ({ signal }) => fetchTownship(id, signal),
  });
}

export function useTownship(id: number, options: { enabled?: boolean; fresh?: boolean } = {}) {
  return useQuery({
    ...townshipQueryOptions(id),
    enabled: options.enabled ?? true,
    // An edit form must start from the current version, not a cached one.
    staleTime: options.fresh ? 0 : undefined,
  });
}
