import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Framework, FrameworkCopyInput, Versioned } from '../../../lib/api/types';

export interface CopyFrameworkRequest {
  /** The edition to copy. */
  id: number;
  input: FrameworkCopyInput;
  idempotencyKey: string;
}

/** Copies an edition into a new, editable one; answers the new edition with its ETag. */
export async function copyFramework({
  id,
  input,
  idempotencyKey,
}: CopyFrameworkRequest): Promise<Versioned<Framework>> {
  const result = await api.POST('/api/v1/frameworks/{frameworkId}/copies', {
    params: { path: { frameworkId: id }, header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useCopyFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyFramework,
    onSuccess: async (copy) => {
      queryClient.setQueryData(queryKeys.frameworks.detail(copy.value.id), copy);
      await queryClient.invalidateQueries({ queryKey: queryKeys.frameworks.list() });
    },
  });
}
