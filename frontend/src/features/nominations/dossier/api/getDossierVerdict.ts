import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../../lib/api/client';
import { dossierKeys, type NominationVerdict, type VerdictRevision } from './types';

/** The nomination's verdict as the caller may see it (published revisions only, unless city). */
export async function fetchDossierVerdict(
  nominationId: number,
  signal?: AbortSignal,
): Promise<NominationVerdict> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/verdict', {
      params: { path: { nominationId } },
      signal,
    }),
  );
}

export function useDossierVerdict(nominationId: number) {
  return useQuery({
    queryKey: dossierKeys.verdict(nominationId),
    queryFn: ({ signal }) => fetchDossierVerdict(nominationId, signal),
    staleTime: 0,
  });
}

/**
 * The verdict a paper file may carry: the newest published revision. A city user also sees a
 * confirmed but unpublished one; that is not yet the verdict.
 */
export function publishedVerdict(verdict: NominationVerdict): VerdictRevision | undefined {
  if (verdict.verdict?.status === 'PUBLISHED') return verdict.verdict;
  return verdict.revisions.find((r) => r.status === 'PUBLISHED');
}
