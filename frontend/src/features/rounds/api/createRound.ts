import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Round, RoundInput, Versioned } from '../../../lib/api/types';

export interface CreateRoundRequest {
  input: RoundInput;
  idempotencyKey: string;
}

export async function createRound({
  input,
  idempotencyKey,
}: CreateRoundRequest): Promise<Versioned<Round>> {
  const result = await api.POST('/api/v1/rounds', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRound,
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.rounds.detail(created.value.id), created);
      await queryClient.invalidateQueries({ queryKey: queryKeys.rounds.lists() });
    },
  });
}
