import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { TownshipListParams, TownshipPage } from '../../../lib/api/types';

export async function fetchTownships(
  params: TownshipListParams,
  signal?: AbortSignal,
): Promise<TownshipPage> {
  return expectData(await api.GET('/api/v1/townships', { params: { query: params }, signal }));
}

export function townshipsQueryOptions(params: TownshipListParams) {
  return queryOptions({
    queryKey: queryKeys.townships.list(params),
    queryFn: ({ signal }) => fetchTownships(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTownships(params: TownshipListParams) {
  return useQuery(townshipsQueryOptions(params));
}
