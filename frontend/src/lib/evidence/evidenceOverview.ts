import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../api/client';
import type { components } from '../api/schema.gen';

export type EvidenceOverview = components['schemas']['EvidenceOverview'];

/** The key of a nomination's evidence overview; the evidence feature's keys extend the same prefix. */
export const evidenceOverviewKey = (nominationId: number) =>
  ['evidence', 'nomination', nominationId, 'overview'] as const;

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

/** Shared by the evidence workspace and the printable dossier (one cache entry). */
export function useEvidenceOverview(nominationId: number) {
  return useQuery({
    queryKey: evidenceOverviewKey(nominationId),
    queryFn: ({ signal }) => fetchEvidenceOverview(nominationId, signal),
    staleTime: 0,
  });
}
