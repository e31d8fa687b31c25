import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData, isApiError } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Round, RoundAction, Versioned } from '../../../lib/api/types';

/** The state changes of a round; EDIT is a form, not one of these. */
export type RoundTransition = Exclude<RoundAction, 'EDIT'>;

export interface RoundTransitionRequest {
  id: number;
  action: RoundTransition;
  /** The ETag the page shows; a stale one answers 412 instead of acting on an unseen state. */
  etag: string | undefined;
}

const PATHS = {
  OPEN: '/api/v1/rounds/{roundId}/open',
  START_ASSESSMENT: '/api/v1/rounds/{roundId}/start-assessment',
  CLOSE: '/api/v1/rounds/{roundId}/close',
} as const satisfies Record<RoundTransition, string>;

export async function transitionRound({
  id,
  action,
  etag,
}: RoundTransitionRequest): Promise<Versioned<Round>> {
  const result = await api.POST(PATHS[action], {
    params: { path: { roundId: id }, header: etag ? { 'If-Match': etag } : {} },
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useRoundTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionRound,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.rounds.detail(saved.value.id), saved);
      // Starting the assessment freezes the round's framework; the state shows in every list and
      // decides what may be done with each nomination.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.frameworks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.all }),
      ]);
    },
  });
}

/** Whether a refusal means the round moved on under the user (another state, another version). */
export function isStaleRoundRefusal(error: unknown): boolean {
  return isApiError(error) && (error.status === 409 || error.status === 412);
}

/** Loads the round afresh, e.g. after a refusal the user has read. */
export function useRefreshRound() {
  const queryClient = useQueryClient();
  return (id: number) => queryClient.invalidateQueries({ queryKey: queryKeys.rounds.detail(id) });
}
