import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { assessmentKeys } from './keys';
import type { Round } from './types';

/** The rounds the assessment pages can be narrowed to, newest first. */
export async function fetchRounds(signal?: AbortSignal): Promise<Round[]> {
  const page = expectData(
    await api.GET('/api/v1/rounds', { params: { query: { size: 100, sort: '-year' } }, signal }),
  );
  return page.items;
}

export function useRounds() {
  return useQuery({
    queryKey: assessmentKeys.rounds(),
    queryFn: ({ signal }) => fetchRounds(signal),
    staleTime: 60_000,
  });
}
