import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk } from '../../../lib/api/client';
import { evidenceKeys } from './keys';

export interface RemoveAttachmentRequest {
  attachmentId: number;
  nominationId: number;
  indicatorCode: string;
}

/** Takes an attachment off its item; the file stays with the revisions that had it. */
export async function removeAttachment({ attachmentId }: RemoveAttachmentRequest): Promise<void> {
  expectOk(
    await api.DELETE('/api/v1/attachments/{attachmentId}', {
      params: { path: { attachmentId } },
    }),
  );
}

export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAttachment,
    onSuccess: async (_v, request) => {
      await queryClient.invalidateQueries({
        queryKey: evidenceKeys.item(request.nominationId, request.indicatorCode),
      });
    },
  });
}
