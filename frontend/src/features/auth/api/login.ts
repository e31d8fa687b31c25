import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData, setCsrfToken } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { LoginInput, Me } from '../../../lib/api/types';

export async function login(input: LoginInput): Promise<Me> {
  const me = expectData(await api.POST('/api/v1/auth/login', { body: input }));
  setCsrfToken(me.csrfToken);
  return me;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Another user may see other data: start from an empty cache.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}
