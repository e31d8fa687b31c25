import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { Attachment } from './types';

/** The attachments an item has now (removed ones stay with the revisions that had them). */
export async function fetchEvidenceAttachments(
  nominationId: number,
  indicatorCode: string,
  signal?: AbortSignal,
): Promise<Attachment[]> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/attachments', {
      params: { path: { nominationId, indicatorCode } },
      signal,
    }),
  );
}

export function useEvidenceAttachments(nominationId: number, indicatorCode: string) {
  return useQuery({
    queryKey: evidenceKeys.attachments(nominationId, indicatorCode),
    queryFn: ({ signal }) => fetchEvidenceAttachments(nominationId, indicatorCode, signal),
  });
}

/** Where an attachment's bytes are downloaded from (same origin: the session cookie goes along). */
export function attachmentContentUrl(attachmentId: number): string {
  return `/api/v1/attachments/${String(attachmentId)}/content`;
}
