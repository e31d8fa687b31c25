import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../../lib/api/client';
import { queryKeys } from '../../../../lib/api/queryKeys';
import type { PlanRevision } from '../../../../lib/api/types';

/** Every saved revision of a plan, newest first. */
export async function fetchPlanRevisions(
  nominationId: number,
  signal?: AbortSignal,
): Promise<PlanRevision[]> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/plan/revisions', {
      params: { path: { nominationId } },
      signal,
    }),
  );
}

export function usePlanRevisions(nominationId: number) {
  return useQuery({
    queryKey: queryKeys.nominations.revisions(nominationId),
    queryFn: ({ signal }) => fetchPlanRevisions(nominationId, signal),
  });
}
