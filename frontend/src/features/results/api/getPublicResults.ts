import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import type { PublicResults } from './types';

/** The published named bases of a year and the titles revoked in it; no sign-in needed. */
export async function fetchPublicResults(
  year: number,
  signal?: AbortSignal,
): Promise<PublicResults> {
  return expectData(
    await api.GET('/api/v1/public/results', { params: { query: { year } }, signal }),
  );
}

export function usePublicResults(year: number) {
  return useQuery({
    queryKey: ['publicResults', year] as const,
    queryFn: ({ signal }) => fetchPublicResults(year, signal),
    placeholderData: keepPreviousData,
    // Public data the server caches for five minutes.
    staleTime: 300_000,
  });
}
