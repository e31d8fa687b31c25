import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { ApiKey } from '../../../lib/api/types';

export async function revokeApiKey(id: number): Promise<ApiKey> {
  return expectData(
    await api.POST('/api/v1/api-keys/{keyId}/revoke', { params: { path: { keyId: id } } }),
  );
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}
