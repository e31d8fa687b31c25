import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import type { Versioned } from '../../../lib/api/types';
import { refreshChangedItem, versionedItem } from './changedItem';
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
  return versionedItem(expectData(result), result.response);
}

export function useSaveEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEvidence,
    onSuccess: (saved, request) => refreshChangedItem(queryClient, request, saved, false),
  });
}
