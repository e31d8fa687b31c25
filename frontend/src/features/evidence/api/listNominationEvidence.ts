import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { EvidenceOverview } from './types';

/** Every indicator's evidence of a nomination (never-saved ones as revision 0) and completeness. */
export async function fetchEvidenceOverview(
  nominationId: number,
  signal?: AbortSignal,
): Promise<EvidenceOverview> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/evidence', {
      params: { path: { nominationId } },
      signal,
    }),
  );
}

export function useEvidenceOverview(nominationId: number) {
  return useQuery({
    queryKey: evidenceKeys.overview(nominationId),
    queryFn: ({ signal }) => fetchEvidenceOverview(nominationId, signal),
    staleTime: 0,
  });
}
