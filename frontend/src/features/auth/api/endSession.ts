import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectOk } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';

export async function endSession(id: number): Promise<void> {
  expectOk(
    await api.DELETE('/api/v1/auth/sessions/{sessionId}', {
      params: { path: { sessionId: id } },
    }),
  );
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
