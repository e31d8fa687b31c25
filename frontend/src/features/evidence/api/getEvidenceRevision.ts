import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { EvidenceRevision } from './types';

/** The evidence as one revision saved it; revisions never change. */
export async function fetchEvidenceRevision(
  nominationId: number,
  indicatorCode: string,
  revision: number,
  signal?: AbortSignal,
): Promise<EvidenceRevision> {
  return expectData(
    await api.GET(
      '/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/revisions/{revision}',
      { params: { path: { nominationId, indicatorCode, revision } }, signal },
    ),
  );
}

export function useEvidenceRevision(
  nominationId: number,
  indicatorCode: string,
  revision: number | undefined,
) {
  return useQuery({
    queryKey: evidenceKeys.revision(nominationId, indicatorCode, revision ?? 0),
    queryFn: ({ signal }) =>
      fetchEvidenceRevision(nominationId, indicatorCode, revision ?? 0, signal),
    enabled: revision !== undefined,
    staleTime: Infinity,
  });
}
