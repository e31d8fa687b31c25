import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Round, RoundListParams, RoundPage } from '../../../lib/api/types';

// One round a year: one page of the API's maximum size holds every round there will be for decades.
const ALL_ROUNDS: RoundListParams = { page: 1, size: 100, sort: '-year' };

export async function fetchRounds(signal?: AbortSignal): Promise<RoundPage> {
  return expectData(await api.GET('/api/v1/rounds', { params: { query: ALL_ROUNDS }, signal }));
}

/** Every round, newest year first (the same query the round selectors share). */
export function useRounds() {
  return useQuery({
    queryKey: queryKeys.rounds.list(ALL_ROUNDS),
    queryFn: ({ signal }) => fetchRounds(signal),
    select: (page): Round[] => page.items,
  });
}

/** Rounds whose work is under way: open for nominations and plans, or being assessed. */
export function isRunning(round: Round): boolean {
  return round.state === 'OPEN' || round.state === 'ASSESSMENT';
}
