import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Framework, Versioned } from '../../../lib/api/types';

/** One framework edition with its ETag, which an indicator change must send back in If-Match. */
export async function fetchFramework(
  id: number,
  signal?: AbortSignal,
): Promise<Versioned<Framework>> {
  const result = await api.GET('/api/v1/frameworks/{frameworkId}', {
    params: { path: { frameworkId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function frameworkQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.frameworks.detail(id),
    queryFn: ({ signal }) => fetchFramework(id, signal),
  });
}

export function useFramework(id: number, options: { enabled?: boolean; fresh?: boolean } = {}) {
  return useQuery({
    ...frameworkQueryOptions(id),
    enabled: options.enabled ?? true,
    // An edit form must start from the current version, not a cached one.
    staleTime: options.fresh ? 0 : undefined,
  });
}
