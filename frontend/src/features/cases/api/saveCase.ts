import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';
import { caseEtag, type Case, type CaseInput } from './types';

/** A new draft; the Idempotency-Key makes a retried click create it once. */
export async function createCase(input: CaseInput, idempotencyKey: string): Promise<Case> {
  return expectData(
    await api.POST('/api/v1/cases', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: input,
    }),
  );
}

/** Saves a draft or returned case over the version the editor was loaded with (412 if it changed). */
export async function saveCase(current: Case, input: CaseInput): Promise<Case> {
  return expectData(
    await api.PUT('/api/v1/cases/{caseId}', {
      params: { path: { caseId: current.id }, header: { 'If-Match': caseEtag(current) } },
      body: input,
    }),
  );
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CaseInput; idempotencyKey: string }) =>
      createCase(input, idempotencyKey),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
  });
}

export function useSaveCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, input }: { current: Case; input: CaseInput }) =>
      saveCase(current, input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(caseKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
  });
}
