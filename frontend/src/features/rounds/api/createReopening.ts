import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Reopening, ReopeningInput } from '../../../lib/api/types';

export interface CreateReopeningRequest {
  roundId: number;
  input: ReopeningInput;
  idempotencyKey: string;
}

/** Reopens a phase's deadline for one township (audited). */
export async function createReopening({
  roundId,
  input,
  idempotencyKey,
}: CreateReopeningRequest): Promise<Reopening> {
  return expectData(
    await api.POST('/api/v1/rounds/{roundId}/reopenings', {
      params: { path: { roundId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: input,
    }),
  );
}

export function useCreateReopening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReopening,
    onSuccess: async (_created, { roundId }) => {
      // The township's nomination shows its deadlines, reopened ones marked.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.reopenings(roundId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.all }),
      ]);
    },
  });
}
