import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';
import type { CaseAttachment } from './types';

export async function fetchCaseAttachments(
  caseId: number,
  signal?: AbortSignal,
): Promise<CaseAttachment[]> {
  return expectData(
    await api.GET('/api/v1/cases/{caseId}/attachments', { params: { path: { caseId } }, signal }),
  );
}

export function useCaseAttachments(caseId: number) {
  return useQuery({
    queryKey: caseKeys.attachments(caseId),
    queryFn: ({ signal }) => fetchCaseAttachments(caseId, signal),
  });
}

export function useRemoveCaseAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ caseId, attachmentId }: { caseId: number; attachmentId: number }) =>
      expectData(
        await api.DELETE('/api/v1/cases/{caseId}/attachments/{attachmentId}', {
          params: { path: { caseId, attachmentId } },
        }),
      ),
    onSuccess: async (_removed, { caseId }) => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.attachments(caseId) });
    },
  });
}

/** Where a signed-in reader downloads a case's file (same origin: the session cookie goes along). */
export function caseAttachmentUrl(caseId: number, attachmentId: number): string {
  return `/api/v1/cases/${String(caseId)}/attachments/${String(attachmentId)}/content`;
}

/** Where anyone downloads a file of a published case. */
export function publicAttachmentUrl(caseId: number, attachmentId: number): string {
  return `/api/v1/public/cases/${String(caseId)}/attachments/${String(attachmentId)}/content`;
}
