import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { DistrictKind } from '../../../lib/api/types';

// A page of one item is the cheapest way to read a total from the list endpoints.
export async function countDistricts(kind: DistrictKind | undefined, signal?: AbortSignal) {
  const query = { page: 1, size: 1, ...(kind && { kind }) };
  return expectData(await api.GET('/api/v1/districts', { params: { query }, signal })).total;
}

export async function countTownships(signal?: AbortSignal) {
  const query = { page: 1, size: 1 };
  return expectData(await api.GET('/api/v1/townships', { params: { query }, signal })).total;
}

export function districtCountQueryOptions(kind?: DistrictKind) {
  return queryOptions({
    queryKey: [...queryKeys.districts.lists(), { page: 1, size: 1, kind }, 'count'],
    queryFn: ({ signal }) => countDistricts(kind, signal),
  });
}

export function townshipCountQueryOptions() {
  return queryOptions({
    queryKey: [...queryKeys.townships.lists(), { page: 1, size: 1 }, 'count'],
    queryFn: ({ signal }) => countTownships(signal),
  });
}

export function useDistrictCount(kind?: DistrictKind) {
  return useQuery(districtCountQueryOptions(kind));
}

export function useTownshipCount() {
  return useQuery(townshipCountQueryOptions());
}
