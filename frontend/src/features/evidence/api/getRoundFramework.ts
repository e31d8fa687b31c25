import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { Framework } from './types';

/** The round's indicator framework: categories, indicators with their criteria and metrics. */
export async function fetchRoundFramework(
  roundId: number,
  signal?: AbortSignal,
): Promise<Framework> {
  return expectData(
    await api.GET('/api/v1/rounds/{roundId}/indicators', {
      params: { path: { roundId } },
      signal,
    }),
  );
}

/** Changes rarely (frozen once assessment starts): kept for the session. */
export function useRoundFramework(roundId: number | undefined) {
  return useQuery({
    queryKey: evidenceKeys.framework(roundId ?? 0),
    queryFn: ({ signal }) => fetchRoundFramework(roundId ?? 0, signal),
    enabled: roundId !== undefined,
    staleTime: 5 * 60_000,
  });
}
