import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';

export interface DeleteTownshipRequest {
  id: number;
  /** Optional: when given, the server refuses (412) if the township changed meanwhile. */
  etag?: string | undefined;
}

export async function deleteTownship({ id, etag }: DeleteTownshipRequest): Promise<void> {
  expectOk(
    await api.DELETE('/api/v1/townships/{townshipId}', {
      params: { path: { townshipId: id }, header: etag ? { 'If-Match': etag } : {} },
    }),
  );
}

export function useDeleteTownship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTownship,
    onSuccess: async (_void, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.townships.detail(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.townships.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.districts.all }),
      ]);
    },
  });
}
