import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';

export interface DeleteDistrictRequest {
  id: number;
  /** Optional: when given, the server refuses (412) if the district changed meanwhile. */
  etag?: string | undefined;
}

export async function deleteDistrict({ id, etag }: DeleteDistrictRequest): Promise<void> {
  expectOk(
    await api.DELETE('/api/v1/districts/{districtId}', {
      params: { path: { districtId: id }, header: etag ? { 'If-Match': etag } : {} },
    }),
  );
}

export function useDeleteDistrict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDistrict,
    onSuccess: async (_void, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.districts.detail(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.districts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.townships.all }),
      ]);
    },
  });
}
