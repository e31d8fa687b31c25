import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Framework, IndicatorInput, Versioned } from '../../../lib/api/types';

export interface UpdateIndicatorRequest {
  frameworkId: number;
  indicatorId: number;
  input: IndicatorInput;
  /** The framework's ETag the form was loaded with; a stale one answers 412. */
  etag: string;
}

/** Changes one indicator; answers the whole framework after the change, with its new ETag. */
export async function updateIndicator({
  frameworkId,
  indicatorId,
  input,
  etag,
}: UpdateIndicatorRequest): Promise<Versioned<Framework>> {
  const result = await api.PUT('/api/v1/frameworks/{frameworkId}/indicators/{indicatorId}', {
    params: { path: { frameworkId, indicatorId }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.frameworks.detail(saved.value.id), saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.frameworks.list() });
    },
  });
}
