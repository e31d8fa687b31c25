import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { Round } from '../api/types';

/** The rounds a page can be narrowed to (review queue, assessment), newest first. */
export async function fetchRecentRounds(signal?: AbortSignal): Promise<Round[]> {
  const page = expectData(
    await api.GET('/api/v1/rounds', { params: { query: { size: 100, sort: '-year' } }, signal }),
  );
  return page.items;
}

/** Under the rounds' key, so a change to any round refreshes it. */
export function useRecentRounds() {
  return useQuery({
    queryKey: [...queryKeys.rounds.all, 'recent'] as const,
    queryFn: ({ signal }) => fetchRecentRounds(signal),
    staleTime: 60_000,
  });
}
