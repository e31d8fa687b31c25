import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { FrameworkSummary } from '../../../lib/api/types';

/** Every framework edition (a handful: one per year at most), with its indicator counts. */
export async function fetchFrameworks(signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return expectData(await api.GET('/api/v1/frameworks', { signal }));
}

export function frameworksQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.frameworks.list(),
    queryFn: ({ signal }) => fetchFrameworks(signal),
  });
}

export function useFrameworks() {
  return useQuery(frameworksQueryOptions());
}
