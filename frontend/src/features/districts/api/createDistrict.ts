import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { District, DistrictInput } from '../../../lib/api/types';

export interface CreateDistrictRequest {
  input: DistrictInput;
  idempotencyKey: string;
}

export async function createDistrict({
  input,
  idempotencyKey,
}: CreateDistrictRequest): Promise<District> {
  const result = await api.POST('/api/v1/districts', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return expectData(result);
}

export function useCreateDistrict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDistrict,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.districts.all });
    },
  });
}
