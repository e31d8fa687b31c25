import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import { NOMINATION_STATES, type NominationState } from '../../../lib/api/types';

export interface NominationCount {
  /** Undefined for all states together. */
  state: NominationState | undefined;
  count: number | undefined;
  isPending: boolean;
  error: unknown;
}

/**
 * How many nominations of a round are in each state, and in all, from one statistics call. The
 * server counts only what the caller may see (their district or township).
 */
export function useNominationCounts(roundId: number) {
  const query = useQuery({
    queryKey: queryKeys.nominations.statistics(roundId),
    queryFn: async ({ signal }) =>
      expectData(
        await api.GET('/api/v1/statistics/nominations', {
          params: { query: { roundId: [roundId] } },
          signal,
        }),
      ),
  });
  const byState = new Map<NominationState, number>();
  for (const group of query.data?.groups ?? []) {
    byState.set(group.state, (byState.get(group.state) ?? 0) + group.count);
  }
  const total = [...byState.values()].reduce((sum, n) => sum + n, 0);
  const states = [undefined, ...NOMINATION_STATES];
  return {
    counts: states.map((state): NominationCount => ({
      state,
      count: query.data && (state ? (byState.get(state) ?? 0) : total),
      isPending: query.isPending,
      error: query.error ?? undefined,
    })),
    error: query.error ?? undefined,
    refetch: query.refetch,
  };
}
