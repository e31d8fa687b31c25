import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { TownshipListParams, TownshipPage } from '../../../lib/api/types';

/** Townships matching what the user typed (name or code), for the reopening form. */
export async function fetchTownshipOptions(
  params: TownshipListParams,
  signal?: AbortSignal,
): Promise<TownshipPage> {
  return expectData(await api.GET('/api/v1/townships', { params: { query: params }, signal }));
}

export function useTownshipOptions(q: string, enabled = true) {
  const params: TownshipListParams = { page: 1, size: 50, sort: 'code', ...(q && { q }) };
  return useQuery({
    queryKey: queryKeys.townships.list(params),
    queryFn: ({ signal }) => fetchTownshipOptions(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
