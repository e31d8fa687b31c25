import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { FrameworkSummary } from '../../../lib/api/types';

/** The framework editions a round may use, for the round form. */
export async function fetchFrameworkOptions(signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return expectData(await api.GET('/api/v1/frameworks', { signal }));
}

export function useFrameworkOptions(enabled = true) {
  return useQuery({
    queryKey: queryKeys.frameworks.list(),
    queryFn: ({ signal }) => fetchFrameworkOptions(signal),
    enabled,
  });
}
