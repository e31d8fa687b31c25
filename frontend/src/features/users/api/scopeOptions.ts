import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type {
  DistrictListParams,
  DistrictPage,
  TownshipListParams,
  TownshipPage,
} from '../../../lib/api/types';

// Yangzhou has about a dozen districts and fewer than a hundred townships: one page of the
// API's maximum size holds each, for the scope pickers and for naming a user's scope.
const ALL_DISTRICTS: DistrictListParams = { page: 1, size: 100, sort: 'code' };
const ALL_TOWNSHIPS: TownshipListParams = { page: 1, size: 100, sort: 'code' };

export async function fetchDistrictOptions(signal?: AbortSignal): Promise<DistrictPage> {
  return expectData(
    await api.GET('/api/v1/districts', { params: { query: ALL_DISTRICTS }, signal }),
  );
}

export async function fetchTownshipOptions(signal?: AbortSignal): Promise<TownshipPage> {
  return expectData(
    await api.GET('/api/v1/townships', { params: { query: ALL_TOWNSHIPS }, signal }),
  );
}

export function useDistrictOptions() {
  return useQuery({
    queryKey: queryKeys.districts.list(ALL_DISTRICTS),
    queryFn: ({ signal }) => fetchDistrictOptions(signal),
  });
}

export function useTownshipOptions() {
  return useQuery({
    queryKey: queryKeys.townships.list(ALL_TOWNSHIPS),
    queryFn: ({ signal }) => fetchTownshipOptions(signal),
  });
}
