import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { RoundDashboard } from '../../../lib/api/types';

export async function fetchRoundDashboard(
  roundId: number,
  districtId: number | undefined,
  signal?: AbortSignal,
): Promise<RoundDashboard> {
  return expectData(
    await api.GET('/api/v1/statistics/rounds/{roundId}/dashboard', {
      params: { path: { roundId }, query: districtId ? { districtId } : {} },
      signal,
    }),
  );
}

/**
 * Every figure of a round's dashboard in one call, within what the caller may see (the city, their
 * district or their township); `districtId` narrows a city dashboard to one district.
 */
export function useRoundDashboard(roundId: number, districtId?: number) {
  return useQuery({
    queryKey: queryKeys.nominations.dashboard(roundId, districtId),
    queryFn: ({ signal }) => fetchRoundDashboard(roundId, districtId, signal),
  });
}
