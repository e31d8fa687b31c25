import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { RoundListParams, RoundPage } from '../../../lib/api/types';

export async function fetchRounds(
  params: RoundListParams,
  signal?: AbortSignal,
): Promise<RoundPage> {
  return expectData(await api.GET('/api/v1/rounds', { params: { query: params }, signal }));
}

export function roundsQueryOptions(params: RoundListParams) {
  return queryOptions({
    queryKey: queryKeys.rounds.list(params),
    queryFn: ({ signal }) => fetchRounds(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRounds(params: RoundListParams) {
  return useQuery(roundsQueryOptions(params));
}
