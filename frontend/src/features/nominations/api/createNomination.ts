import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData, isApiError } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Nomination } from '../../../lib/api/types';

export interface CreateNominationRequest {
  roundId: number;
  townshipId: number;
  idempotencyKey: string;
}

/** Nominates a township of the caller's district; a full quota answers 409 quota-exhausted. */
export async function createNomination({
  roundId,
  townshipId,
  idempotencyKey,
}: CreateNominationRequest): Promise<Nomination> {
  return expectData(
    await api.POST('/api/v1/rounds/{roundId}/nominations', {
      params: { path: { roundId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { townshipId },
    }),
  );
}

export function useCreateNomination() {
  const queryClient = useQueryClient();
  const refresh = async (roundId: number) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.nominations.lists() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.rounds.districts(roundId) }),
    ]);
  };
  return useMutation({
    mutationFn: createNomination,
    onSuccess: (_nomination, request) => refresh(request.roundId),
    // Refused for a full quota or a closed phase: what the page shows is out of date.
    onError: (error, request) => {
      if (isApiError(error) && error.status === 409) void refresh(request.roundId);
    },
  });
}
