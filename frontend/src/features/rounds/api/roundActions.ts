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
      // Starting the assessment freezes the round's framework; the state shows in every list.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.frameworks.all }),
      ]);
    },
    onError: async (error, { id }) => {
      // Someone else moved the round on: show its current state and actions.
      if (isApiError(error) && (error.status === 409 || error.status === 412)) {
        await queryClient.invalidateQueries({ queryKey: queryKeys.rounds.detail(id) });
      }
    },
  });
}
