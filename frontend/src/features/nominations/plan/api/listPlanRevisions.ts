import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../../lib/api/client';
import { queryKeys } from '../../../../lib/api/queryKeys';
import type { PlanRevisionPage } from '../../../../lib/api/types';

export const REVISIONS_PAGE_SIZE = 10;

/** One page of a plan's revisions, newest first, each with its review marks. */
export async function fetchPlanRevisions(
  nominationId: number,
  page: number,
  signal?: AbortSignal,
): Promise<PlanRevisionPage> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/plan/revisions', {
      params: { path: { nominationId }, query: { page, size: REVISIONS_PAGE_SIZE } },
      signal,
    }),
  );
}

export function usePlanRevisions(nominationId: number, page: number) {
  return useQuery({
    queryKey: [...queryKeys.nominations.revisions(nominationId), 'page', page] as const,
    queryFn: ({ signal }) => fetchPlanRevisions(nominationId, page, signal),
    placeholderData: keepPreviousData,
  });
}
