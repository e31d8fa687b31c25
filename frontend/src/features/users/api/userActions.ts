import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { User, UserWithPassword } from '../../../lib/api/types';

// The four account actions share a shape: POST without a body, answer the changed user.

export async function disableUser(id: number): Promise<User> {
  return expectData(
    await api.POST('/api/v1/users/{userId}/disable', { params: { path: { userId: id } } }),
  );
}

export async function enableUser(id: number): Promise<User> {
  return expectData(
    await api.POST('/api/v1/users/{userId}/enable', { params: { path: { userId: id } } }),
  );
}

export async function unlockUser(id: number): Promise<User> {
  return expectData(
    await api.POST('/api/v1/users/{userId}/unlock', { params: { path: { userId: id } } }),
  );
}

/** Answers the user and a one-time password, to be shown once. */
export async function resetUserPassword(id: number): Promise<UserWithPassword> {
  return expectData(
    await api.POST('/api/v1/users/{userId}/reset-password', {
      params: { path: { userId: id } },
    }),
  );
}

function useUserAction<T>(action: (id: number) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}

export const useDisableUser = () => useUserAction(disableUser);
export const useEnableUser = () => useUserAction(enableUser);
export const useUnlockUser = () => useUserAction(unlockUser);
export const useResetUserPassword = () => useUserAction(resetUserPassword);
