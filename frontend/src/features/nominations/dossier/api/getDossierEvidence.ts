import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../../lib/api/client';
import { dossierKeys, type EvidenceOverview } from './types';

/** Every indicator's evidence of the nomination with its attachments, in framework order. */
export async function fetchDossierEvidence(
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

export function useDossierEvidence(nominationId: number) {
  return useQuery({
    queryKey: dossierKeys.evidence(nominationId),
    queryFn: ({ signal }) => fetchDossierEvidence(nominationId, signal),
    staleTime: 0,
  });
}
