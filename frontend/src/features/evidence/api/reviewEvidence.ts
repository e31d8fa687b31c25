import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { EvidenceReviewInput } from './types';

/** Approves (district) or accepts (city) several items at once: all of them or none. */
export async function reviewEvidence(input: EvidenceReviewInput) {
  return expectData(await api.POST('/api/v1/evidence/review', { body: input }));
}

export function useReviewEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewEvidence,
    onSettled: async () => {
      // Also after a refusal: the rows that made it fail have changed under the user.
      await queryClient.invalidateQueries({ queryKey: evidenceKeys.all });
    },
  });
}
