import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { PasswordChange } from '../../../lib/api/types';
import { fetchMe } from '../../../lib/auth/currentUser';

export async function changePassword(input: PasswordChange): Promise<void> {
  expectOk(await api.POST('/api/v1/auth/password', { body: input }));
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      // The user no longer must change it (and may hold a new CSRF token); other sessions ended.
      queryClient.setQueryData(queryKeys.me, await fetchMe());
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}
