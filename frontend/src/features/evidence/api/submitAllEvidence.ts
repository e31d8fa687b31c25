import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';

/** Submits every saved draft or returned item of the nomination at once. */
export async function submitAllEvidence(nominationId: number) {
  return expectData(
    await api.POST('/api/v1/nominations/{nominationId}/evidence/submit', {
      params: { path: { nominationId } },
    }),
  );
}

export function useSubmitAllEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAllEvidence,
    onSuccess: async (_result, nominationId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceKeys.nomination(nominationId) }),
        queryClient.invalidateQueries({ queryKey: evidenceKeys.queues() }),
      ]);
    },
  });
}
