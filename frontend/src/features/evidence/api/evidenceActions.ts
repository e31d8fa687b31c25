import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import type { Versioned } from '../../../lib/api/types';
import { refreshChangedItem, versionedItem } from './changedItem';
import type { EvidenceAction, EvidenceItem } from './types';

// Each review step is its own POST answering the changed item; RETURN carries a reason.
const PLAIN_ACTIONS = {
  SUBMIT: '/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/submit',
  APPROVE: '/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/approve',
  ACCEPT: '/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/accept',
} as const;
const RETURN = '/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/return';

export type PlainEvidenceAction = keyof typeof PLAIN_ACTIONS;
/** What the action buttons offer: everything but SAVE, which the editor does. */
export type ReviewStep = Exclude<EvidenceAction, 'SAVE'>;

export type EvidenceActionRequest = {
  nominationId: number;
  indicatorCode: string;
  /** The ETag the page was loaded with: acting on a changed item answers 412. */
  etag: string;
} & ({ action: PlainEvidenceAction } | { action: 'RETURN'; reason: string });

export async function performEvidenceAction(
  request: EvidenceActionRequest,
): Promise<Versioned<EvidenceItem>> {
  const params = {
    path: { nominationId: request.nominationId, indicatorCode: request.indicatorCode },
    header: { 'If-Match': request.etag },
  };
  const result =
    request.action === 'RETURN'
      ? await api.POST(RETURN, { params, body: { reason: request.reason } })
      : await api.POST(PLAIN_ACTIONS[request.action], { params });
  return versionedItem(expectData(result), result.response);
}

export function useEvidenceAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: performEvidenceAction,
    onSuccess: (changed, request) => refreshChangedItem(queryClient, request, changed, true),
  });
}
