import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, setCsrfToken } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';

export async function logout(): Promise<void> {
  expectOk(await api.POST('/api/v1/auth/logout', {}));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
