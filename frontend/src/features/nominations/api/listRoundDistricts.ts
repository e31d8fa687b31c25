import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { RoundDistrict } from '../../../lib/api/types';

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

export function useRoundDistricts(roundId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.rounds.districts(roundId ?? 0),
    queryFn: ({ signal }) => fetchRoundDistricts(roundId ?? 0, signal),
    enabled: roundId !== undefined,
  });
}
