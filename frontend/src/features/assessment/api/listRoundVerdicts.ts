import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { assessmentKeys } from './keys';
import type { RoundVerdictParams, RoundVerdicts } from './types';

/** The round's nominations under assessment or decided: progress, proposal, verdict (bounded). */
export async function fetchRoundVerdicts(
  roundId: number,
  params: RoundVerdictParams,
  signal?: AbortSignal,
): Promise<RoundVerdicts> {
  return expectData(
    await api.GET('/api/v1/rounds/{roundId}/verdicts', {
      params: { path: { roundId }, query: params },
      signal,
    }),
  );
}

export function useRoundVerdicts(roundId: number | undefined, params: RoundVerdictParams) {
  return useQuery({
    queryKey: assessmentKeys.queue(roundId ?? 0, params),
    queryFn: ({ signal }) => fetchRoundVerdicts(roundId ?? 0, params, signal),
    placeholderData: keepPreviousData,
    enabled: roundId !== undefined,
  });
}
