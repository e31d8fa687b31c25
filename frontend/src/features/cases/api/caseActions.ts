import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';
import { caseEtag, type Case, type CaseReviewAction } from './types';

export interface CaseActionRequest {
  current: Case;
  action: CaseReviewAction;
  /** Required for RETURN and WITHDRAW. */
  reason?: string;
}

/** One review step on the version the page shows (412 if the case changed meanwhile). */
export async function actOnCase({
  current,
  action,
  reason = '',
}: CaseActionRequest): Promise<Case> {
  const params = { path: { caseId: current.id }, header: { 'If-Match': caseEtag(current) } };
  switch (action) {
    case 'SUBMIT':
      return expectData(await api.POST('/api/v1/cases/{caseId}/submit', { params }));
    case 'PUBLISH':
      return expectData(await api.POST('/api/v1/cases/{caseId}/publish', { params }));
    case 'RETURN':
      return expectData(
        await api.POST('/api/v1/cases/{caseId}/return', { params, body: { reason } }),
      );
    case 'WITHDRAW':
      return expectData(
        await api.POST('/api/v1/cases/{caseId}/withdraw', { params, body: { reason } }),
      );
  }
}

export function useCaseAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnCase,
    onSuccess: async (changed) => {
      queryClient.setQueryData(caseKeys.detail(changed.id), changed);
      await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: caseKeys.publicAll });
    },
  });
}
