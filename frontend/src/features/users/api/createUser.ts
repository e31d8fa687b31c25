import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { UserInput, UserWithPassword } from '../../../lib/api/types';

export interface CreateUserRequest {
  input: UserInput;
  idempotencyKey: string;
}

/** Creates a user; the answer holds the one-time initial password. */
export async function createUser({
  input,
  idempotencyKey,
}: CreateUserRequest): Promise<UserWithPassword> {
  return expectData(
    await api.POST('/api/v1/users', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: input,
    }),
  );
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
