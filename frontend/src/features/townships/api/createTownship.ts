import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Township, TownshipInput } from '../../../lib/api/types';

export interface CreateTownshipRequest {
  input: TownshipInput;
  idempotencyKey: string;
}

export async function createTownship({
  input,
  idempotencyKey,
}: CreateTownshipRequest): Promise<Township> {
  const result = await api.POST('/api/v1/townships', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return expectData(result);
}

export function useCreateTownship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTownship,
    onSuccess: async () => {
      // A district shows how many townships it has.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.townships.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.districts.all }),
      ]);
    },
  });
}
