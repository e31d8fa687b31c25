import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Round, RoundInput, Versioned } from '../../../lib/api/types';

export interface UpdateRoundRequest {
  id: number;
  input: RoundInput;
  /** The ETag the form was loaded with; a stale one answers 412. */
  etag: string;
}

export async function updateRound({
  id,
  input,
  etag,
}: UpdateRoundRequest): Promise<Versioned<Round>> {
  const result = await api.PUT('/api/v1/rounds/{roundId}', {
    params: { path: { roundId: id }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useUpdateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRound,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.rounds.detail(saved.value.id), saved);
      // Quotas per kind feed the districts table; the list shows name and framework; the phases
      // are the nominations' deadlines.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.districts(saved.value.id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.all }),
      ]);
    },
  });
}
