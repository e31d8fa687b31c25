import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Reopening } from '../../../lib/api/types';

/** The deadline reopenings of a round the caller may see, newest first. */
export async function fetchReopenings(roundId: number, signal?: AbortSignal): Promise<Reopening[]> {
  return expectData(
    await api.GET('/api/v1/rounds/{roundId}/reopenings', {
      params: { path: { roundId } },
      signal,
    }),
  );
}

/** Only asked for when a deadline says it was reopened, to tell by whom, when and why. */
export function useReopenings(roundId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.rounds.reopenings(roundId),
    queryFn: ({ signal }) => fetchReopenings(roundId, signal),
    enabled,
  });
}
