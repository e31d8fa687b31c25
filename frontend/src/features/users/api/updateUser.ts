import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { User, UserUpdate, Versioned } from '../../../lib/api/types';

export interface UpdateUserRequest {
  id: number;
  input: UserUpdate;
  /** The ETag the form was loaded with; a stale one answers 412. */
  etag: string;
}

export async function updateUser({ id, input, etag }: UpdateUserRequest): Promise<Versioned<User>> {
  const result = await api.PUT('/api/v1/users/{userId}', {
    params: { path: { userId: id }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.users.detail(saved.value.id), saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.lists() });
    },
  });
}
