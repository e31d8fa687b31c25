import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Nomination, NominationAction, Versioned } from '../../../lib/api/types';

// Every action but EDIT_PLAN is its own POST endpoint answering the changed nomination.
const PLAIN_ACTIONS = {
  SUBMIT_PLAN: '/api/v1/nominations/{nominationId}/submit-plan',
  APPROVE_PLAN: '/api/v1/nominations/{nominationId}/approve-plan',
  SUBMIT_PLAN_CHANGE: '/api/v1/nominations/{nominationId}/submit-plan-change',
  APPROVE_PLAN_CHANGE: '/api/v1/nominations/{nominationId}/approve-plan-change',
  SUBMIT_FOR_ASSESSMENT: '/api/v1/nominations/{nominationId}/submit-for-assessment',
  SELECT_PROVINCIAL: '/api/v1/nominations/{nominationId}/select-provincial',
  DESELECT_PROVINCIAL: '/api/v1/nominations/{nominationId}/deselect-provincial',
} as const;

/** Actions whose request carries a written reason. */
const REASON_ACTIONS = {
  RETURN_PLAN: '/api/v1/nominations/{nominationId}/return-plan',
  RETURN_PLAN_CHANGE: '/api/v1/nominations/{nominationId}/return-plan-change',
  WITHDRAW: '/api/v1/nominations/{nominationId}/withdraw',
} as const;

export type PlainAction = keyof typeof PLAIN_ACTIONS;
export type ReasonAction = keyof typeof REASON_ACTIONS;
/** What the action buttons offer: every action but editing the plan, which the editor does. */
export type StateAction = Exclude<NominationAction, 'EDIT_PLAN'>;

export function needsReason(action: StateAction): action is ReasonAction {
  return action in REASON_ACTIONS;
}

export type NominationActionRequest = {
  id: number;
  /** The ETag the page was loaded with: acting on a changed nomination answers 412. */
  etag: string | undefined;
} & ({ action: PlainAction } | { action: ReasonAction; reason: string });

export async function performNominationAction(
  request: NominationActionRequest,
): Promise<Versioned<Nomination>> {
  const params = {
    path: { nominationId: request.id },
    header: request.etag ? { 'If-Match': request.etag } : {},
  };
  const result =
    'reason' in request
      ? await api.POST(REASON_ACTIONS[request.action], {
          params,
          body: { reason: request.reason },
        })
      : await api.POST(PLAIN_ACTIONS[request.action], { params });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useNominationAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: performNominationAction,
    onSuccess: async (changed) => {
      queryClient.setQueryData(queryKeys.nominations.detail(changed.value.id), changed);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.plan(changed.value.id) }),
        queryClient.invalidateQueries({
          queryKey: queryKeys.rounds.districts(changed.value.roundId),
        }),
      ]);
    },
  });
}
