import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { DistrictListParams, DistrictPage } from '../../../lib/api/types';

// About a dozen districts: one page of the API's maximum size holds them all.
const ALL_DISTRICTS: DistrictListParams = { page: 1, size: 100, sort: 'code' };

export async function fetchDistrictOptions(signal?: AbortSignal): Promise<DistrictPage> {
  return expectData(
    await api.GET('/api/v1/districts', { params: { query: ALL_DISTRICTS }, signal }),
  );
}

export function useDistrictOptions() {
  return useQuery({
    queryKey: queryKeys.districts.list(ALL_DISTRICTS),
    queryFn: ({ signal }) => fetchDistrictOptions(signal),
  });
}
