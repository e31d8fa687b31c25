import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { NominationState } from '../../../lib/api/types';

/** The states in which a nomination is still running: neither withdrawn nor decided. */
export const LIVE_NOMINATION_STATES: readonly NominationState[] = [
  'NOMINATED',
  'PLAN_SUBMITTED',
  'IN_PROGRESS',
  'SUBMITTED_FOR_ASSESSMENT',
];

/** How many of a district's nominations are still running, over every round (one statistics call). */
export function useLiveNominationCount(districtId: number) {
  return useQuery({
    queryKey: [...queryKeys.nominations.all, 'statistics', 'district', districtId] as const,
    queryFn: async ({ signal }) => {
      const { groups } = expectData(
        await api.GET('/api/v1/statistics/nominations', {
          params: { query: { districtId } },
          signal,
        }),
      );
      return groups
        .filter((g) => LIVE_NOMINATION_STATES.includes(g.state))
        .reduce((sum, g) => sum + g.count, 0);
    },
  });
}
