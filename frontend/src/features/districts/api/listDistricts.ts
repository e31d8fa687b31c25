import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { DistrictListParams, DistrictPage } from '../../../lib/api/types';

export async function fetchDistricts(
  params: DistrictListParams,
  signal?: AbortSignal,
): Promise<DistrictPage> {
  return expectData(await api.GET('/api/v1/districts', { params: { query: params }, signal }));
}

export function districtsQueryOptions(params: DistrictListParams) {
  return queryOptions({
    queryKey: queryKeys.districts.list(params),
    queryFn: ({ signal }) => fetchDistricts(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDistricts(params: DistrictListParams) {
  return useQuery(districtsQueryOptions(params));
}
