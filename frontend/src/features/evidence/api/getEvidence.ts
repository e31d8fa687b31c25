import { useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import type { Versioned } from '../../../lib/api/types';
import { evidenceKeys } from './keys';
import type { EvidenceItem } from './types';

/** Before the first save an item is revision 0, and its version tag is "0". */
export const FIRST_EVIDENCE_ETAG = '"0"';

/** One indicator's evidence with its ETag, which every change sends back in If-Match. */
export async function fetchEvidence(
  nominationId: number,
  indicatorCode: string,
  signal?: AbortSignal,
): Promise<Versioned<EvidenceItem>> {
  const result = await api.GET('/api/v1/nominations/{nominationId}/evidence/{indicatorCode}', {
    params: { path: { nominationId, indicatorCode } },
    signal,
  });
  const item = expectData(result);
  const etag =
    etagOf(result.response) ??
    (item.revision === 0 ? FIRST_EVIDENCE_ETAG : `"${String(item.revision)}"`);
  return { value: item, etag };
}

/** Always fresh: the editor must start from the current revision. */
export function useEvidence(nominationId: number, indicatorCode: string) {
  return useQuery({
    queryKey: evidenceKeys.item(nominationId, indicatorCode),
    queryFn: ({ signal }) => fetchEvidence(nominationId, indicatorCode, signal),
    staleTime: 0,
  });
}
