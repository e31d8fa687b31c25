import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { ApiKeyListParams, ApiKeyPage } from '../../../lib/api/types';

export async function fetchApiKeys(
  params: ApiKeyListParams,
  signal?: AbortSignal,
): Promise<ApiKeyPage> {
  return expectData(await api.GET('/api/v1/api-keys', { params: { query: params }, signal }));
}

export function useApiKeys(params: ApiKeyListParams) {
  return useQuery({
    queryKey: queryKeys.apiKeys.list(params),
    queryFn: ({ signal }) => fetchApiKeys(params, signal),
    placeholderData: keepPreviousData,
  });
}
