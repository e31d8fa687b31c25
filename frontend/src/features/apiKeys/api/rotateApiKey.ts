import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { ApiKeyWithSecret } from '../../../lib/api/types';

/** Answers the new secret once; the old one works until `previousValidUntil`. */
export async function rotateApiKey(id: number): Promise<ApiKeyWithSecret> {
  return expectData(
    await api.POST('/api/v1/api-keys/{keyId}/rotate', { params: { path: { keyId: id } } }),
  );
}

export function useRotateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}
