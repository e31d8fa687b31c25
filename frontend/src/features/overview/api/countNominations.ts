import { useQueries } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import {
  NOMINATION_STATES,
  type NominationListParams,
  type NominationPage,
  type NominationState,
} from '../../../lib/api/types';

async function fetchNominationPage(
  params: NominationListParams,
  signal?: AbortSignal,
): Promise<NominationPage> {
  return expectData(await api.GET('/api/v1/nominations', { params: { query: params }, signal }));
}

export interface NominationCount {
  /** Undefined for all states together. */
  state: NominationState | undefined;
  count: number | undefined;
  isPending: boolean;
  error: unknown;
}

/**
 * How many nominations of a round are in each state, and in all: the totals of one-item pages per
 * state filter. The server counts only what the caller may see (their district or township).
 */
export function useNominationCounts(roundId: number) {
  const states = [undefined, ...NOMINATION_STATES];
  return useQueries({
    queries: states.map((state) => {
      const params: NominationListParams = { roundId, page: 1, size: 1, ...(state && { state }) };
      return {
        queryKey: queryKeys.nominations.list(params),
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchNominationPage(params, signal),
        select: (page: NominationPage) => page.total,
      };
    }),
    combine: (results) => ({
      counts: results.map((r, i): NominationCount => ({
        state: states[i],
        count: r.data,
        isPending: r.isPending,
        error: r.error,
      })),
      error: results.find((r) => r.isError)?.error,
      refetch: () => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch())),
    }),
  });
}
