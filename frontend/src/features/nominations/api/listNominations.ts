import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { NominationListParams, NominationPage } from '../../../lib/api/types';

export async function fetchNominations(
  params: NominationListParams,
  signal?: AbortSignal,
): Promise<NominationPage> {
  return expectData(await api.GET('/api/v1/nominations', { params: { query: params }, signal }));
}

export function useNominations(params: NominationListParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.nominations.list(params),
    queryFn: ({ signal }) => fetchNominations(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
