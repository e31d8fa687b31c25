import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import type { PublicCasePage } from './types';

/** At most this many of a year's cases are listed on the results page (newest first). */
export const CASES_SHOWN = 100;

/** The typical cases published for a year, newest first; no sign-in needed. */
export async function fetchPublicCases(
  year: number,
  signal?: AbortSignal,
): Promise<PublicCasePage> {
  return expectData(
    await api.GET('/api/v1/public/cases', {
      params: { query: { year, size: CASES_SHOWN, sort: '-publishedAt' } },
      signal,
    }),
  );
}

export function usePublicCases(year: number) {
  return useQuery({
    queryKey: ['publicResults', 'cases', year] as const,
    queryFn: ({ signal }) => fetchPublicCases(year, signal),
    placeholderData: keepPreviousData,
    // Public data the server caches for five minutes.
    staleTime: 300_000,
  });
}
