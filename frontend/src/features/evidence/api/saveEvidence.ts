import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import type { Versioned } from '../../../lib/api/types';
import { evidenceKeys } from './keys';
import type { EvidenceInput, EvidenceItem } from './types';

export interface SaveEvidenceRequest {
  nominationId: number;
  indicatorCode: string;
  input: EvidenceInput;
  /** The ETag the editor was loaded with; someone else's save in between answers 412. */
  etag: string;
}

/** Saves the evidence as a new revision. */
export async function saveEvidence({
  nominationId,
  indicatorCode,
  input,
  etag,
}: SaveEvidenceRequest): Promise<Versioned<EvidenceItem>> {
  const result = await api.PUT('/api/v1/nominations/{nominationId}/evidence/{indicatorCode}', {
    params: { path: { nominationId, indicatorCode }, header: { 'If-Match': etag } },
    body: input,
  });
  const value = expectData(result);
  // The ETag is the revision; fall back to it should a proxy drop the header.
  return { value, etag: etagOf(result.response) ?? `"${String(value.revision)}"` };
}

export function useSaveEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEvidence,
    onSuccess: async (saved, request) => {
      queryClient.setQueryData(
        evidenceKeys.item(request.nominationId, request.indicatorCode),
        saved,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceKeys.overview(request.nominationId) }),
        queryClient.invalidateQueries({
          queryKey: [
            ...evidenceKeys.item(request.nominationId, request.indicatorCode),
            'revisions',
          ],
        }),
      ]);
    },
  });
}
