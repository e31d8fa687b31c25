import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../../lib/api/client';
import { queryKeys } from '../../../../lib/api/queryKeys';
import type { Plan } from '../../../../lib/api/types';

/** The plan as it was saved in one revision; revisions never change. */
export async function fetchPlanRevision(
  nominationId: number,
  revision: number,
  signal?: AbortSignal,
): Promise<Plan> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/plan/revisions/{revision}', {
      params: { path: { nominationId, revision } },
      signal,
    }),
  );
}

export function usePlanRevision(nominationId: number, revision: number | undefined) {
  return useQuery({
    queryKey: queryKeys.nominations.revision(nominationId, revision ?? 0),
    queryFn: ({ signal }) => fetchPlanRevision(nominationId, revision ?? 0, signal),
    enabled: revision !== undefined,
    staleTime: Infinity,
  });
}
