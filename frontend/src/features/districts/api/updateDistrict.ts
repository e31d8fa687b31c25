import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { District, DistrictInput, Versioned } from '../../../lib/api/types';

export interface UpdateDistrictRequest {
  id: number;
  input: DistrictInput;
  /** The ETag the form was loaded with; a stale one answers 412. */
  etag: string;
}

export async function updateDistrict({
  id,
  input,
  etag,
}: UpdateDistrictRequest): Promise<Versioned<District>> {
  const result = await api.PUT('/api/v1/districts/{districtId}', {
    params: { path: { districtId: id }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useUpdateDistrict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDistrict,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.districts.detail(saved.value.id), saved);
      // Townships show their district's name.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.districts.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.townships.all }),
      ]);
    },
  });
}
