import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { District, Versioned } from '../../../lib/api/types';

/** One district with its ETag, which an update must send back in If-Match. */
export async function fetchDistrict(
  id: number,
  signal?: AbortSignal,
): Promise<Versioned<District>> {
  const result = await api.GET('/api/v1/districts/{districtId}', {
    params: { path: { districtId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function districtQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.districts.detail(id),
    queryFn: ({ signal }) => fetchDistrict(id, signal),
  });
}

export function useDistrict(id: number, options: { enabled?: boolean; fresh?: boolean } = {}) {
  return useQuery({
    ...districtQueryOptions(id),
    enabled: options.enabled ?? true,
    // An edit form must start from the current version, not a cached one.
    staleTime: options.fresh ? 0 : undefined,
  });
}
