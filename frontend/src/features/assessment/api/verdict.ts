import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Versioned } from '../../../lib/api/types';
import { versionedVerdict as versioned } from '../../../lib/verdicts/getVerdict';
import { assessmentKeys } from './keys';
import type { NominationVerdict, VerdictCorrectionInput, VerdictInput } from './types';

export interface ConfirmVerdictRequest {
  nominationId: number;
  input: VerdictInput;
  /** The verdict's ETag when changing a confirmed one; none for the first confirmation. */
  etag: string | undefined;
}

export async function confirmVerdict({
  nominationId,
  input,
  etag,
}: ConfirmVerdictRequest): Promise<Versioned<NominationVerdict>> {
  return versioned(
    await api.PUT('/api/v1/nominations/{nominationId}/verdict', {
      params: { path: { nominationId }, header: etag ? { 'If-Match': etag } : {} },
      body: input,
    }),
  );
}

export interface CorrectVerdictRequest {
  nominationId: number;
  input: VerdictCorrectionInput;
  etag: string;
}

export async function correctVerdict({
  nominationId,
  input,
  etag,
}: CorrectVerdictRequest): Promise<Versioned<NominationVerdict>> {
  return versioned(
    await api.POST('/api/v1/nominations/{nominationId}/verdict/corrections', {
      params: { path: { nominationId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

function useVerdictMutation<R extends { nominationId: number }>(
  mutationFn: (request: R) => Promise<Versioned<NominationVerdict>>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (changed, request) => {
      queryClient.setQueryData(assessmentKeys.verdict(request.nominationId), changed);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
        // Publication and corrections move the nomination's state.
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.all }),
      ]);
    },
  });
}

export function useConfirmVerdict() {
  return useVerdictMutation(confirmVerdict);
}

export function useCorrectVerdict() {
  return useVerdictMutation(correctVerdict);
}
