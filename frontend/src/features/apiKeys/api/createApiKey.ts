import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { ApiKeyInput, ApiKeyWithSecret } from '../../../lib/api/types';

export interface CreateApiKeyRequest {
  input: ApiKeyInput;
  idempotencyKey: string;
}

/** Issues a key; its secret is in this answer only. */
export async function createApiKey({
  input,
  idempotencyKey,
}: CreateApiKeyRequest): Promise<ApiKeyWithSecret> {
  return expectData(
    await api.POST('/api/v1/api-keys', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: input,
    }),
  );
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}
