import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { RoundListParams, RoundPage } from '../../../lib/api/types';

// One round a year: a page of the API's maximum size holds every round there will be for decades.
const ALL_ROUNDS: RoundListParams = { page: 1, size: 100, sort: '-year' };

export async function fetchRoundOptions(signal?: AbortSignal): Promise<RoundPage> {
  return expectData(await api.GET('/api/v1/rounds', { params: { query: ALL_ROUNDS }, signal }));
}

/** Every round, newest year first, for the round selector. */
export function useRoundOptions() {
  return useQuery({
    queryKey: queryKeys.rounds.list(ALL_ROUNDS),
    queryFn: ({ signal }) => fetchRoundOptions(signal),
  });
}
