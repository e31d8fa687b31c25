import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Township, TownshipInput, Versioned } from '../../../lib/api/types';

export interface UpdateTownshipRequest {
  id: number;
  input: TownshipInput;
  /** The ETag the form was loaded with; a stale one answers 412. */
  etag: string;
}

export async function updateTownship({
  id,
  input,
  etag,
}: UpdateTownshipRequest): Promise<Versioned<Township>> {
  const result = await api.PUT('/api/v1/townships/{townshipId}', {
    params: { path: { townshipId: id }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useUpdateTownship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTownship,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.townships.detail(saved.value.id), saved);
      // Moving a township changes two districts' counts.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.townships.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.districts.all }),
      ]);
    },
  });
}
