import { useQuery } from '@tanstack/react-query';
import { api, expectData } from './client';
import { queryKeys } from './queryKeys';
import type { RoundDistrict } from './types';

// Shared by the rounds and nominations features: both show a round's quotas per district.

/** Quota, places used and provincial candidates of every district the caller may see. */
export async function fetchRoundDistricts(
  roundId: number,
  signal?: AbortSignal,
): Promise<RoundDistrict[]> {
  return expectData(
    await api.GET('/api/v1/rounds/{roundId}/districts', {
      params: { path: { roundId } },
      signal,
    }),
  );
}

/** The round's districts; waits while no round is chosen yet. */
export function useRoundDistricts(roundId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.rounds.districts(roundId ?? 0),
    queryFn: ({ signal }) => fetchRoundDistricts(roundId ?? 0, signal),
    enabled: roundId !== undefined,
  });
}
