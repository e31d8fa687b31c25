import { useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { Plan, Versioned } from '../api/types';

/** Before the first save the plan is revision 0 and its version tag is "0". */
export const FIRST_PLAN_ETAG = '"0"';

/** The current plan with its ETag, which a save must send back in If-Match. */
export async function fetchPlan(id: number, signal?: AbortSignal): Promise<Versioned<Plan>> {
  const result = await api.GET('/api/v1/nominations/{nominationId}/plan', {
    params: { path: { nominationId: id } },
    signal,
  });
  const plan = expectData(result);
  const etag = etagOf(result.response) ?? (plan.revision === 0 ? FIRST_PLAN_ETAG : undefined);
  return { value: plan, etag };
}

/** Always fresh: the editor must start from the current revision. */
export function usePlan(nominationId: number) {
  return useQuery({
    queryKey: queryKeys.nominations.plan(nominationId),
    queryFn: ({ signal }) => fetchPlan(nominationId, signal),
    staleTime: 0,
  });
}
