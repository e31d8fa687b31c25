import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../../lib/api/client';
import { queryKeys } from '../../../../lib/api/queryKeys';
import type { Plan, PlanInput, Versioned } from '../../../../lib/api/types';

export interface SavePlanRequest {
  nominationId: number;
  input: PlanInput;
  /** The ETag the editor was loaded with; someone else's save in between answers 412. */
  etag: string;
}

/** Saves the plan as a new revision. */
export async function savePlan({
  nominationId,
  input,
  etag,
}: SavePlanRequest): Promise<Versioned<Plan>> {
  const result = await api.PUT('/api/v1/nominations/{nominationId}/plan', {
    params: { path: { nominationId }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePlan,
    onSuccess: async (saved, request) => {
      queryClient.setQueryData(queryKeys.nominations.plan(request.nominationId), saved);
      // The nomination too: whether the plan may be submitted depends on what it holds.
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.nominations.revisions(request.nominationId),
        }),
        queryClient.invalidateQueries({
          queryKey: queryKeys.nominations.detail(request.nominationId),
        }),
      ]);
    },
  });
}
