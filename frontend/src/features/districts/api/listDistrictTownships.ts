import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { TownshipListParams, TownshipPage } from '../../../lib/api/types';

/** The townships of one district, for its detail page. */
export async function fetchDistrictTownships(
  params: TownshipListParams & { districtId: number },
  signal?: AbortSignal,
): Promise<TownshipPage> {
  return expectData(await api.GET('/api/v1/townships', { params: { query: params }, signal }));
}

export function districtTownshipsQueryOptions(params: TownshipListParams & { districtId: number }) {
  return queryOptions({
    queryKey: queryKeys.townships.list(params),
    queryFn: ({ signal }) => fetchDistrictTownships(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDistrictTownships(params: TownshipListParams & { districtId: number }) {
  return useQuery(districtTownshipsQueryOptions(params));
}
