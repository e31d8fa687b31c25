import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { assessmentKeys } from './keys';
import type { Judgement, JudgementInput } from './types';

export interface RecordJudgementRequest {
  nominationId: number;
  indicatorCode: string;
  input: JudgementInput;
  /** One key per distinct judgement: a double click records it once. */
  idempotencyKey: string;
}

/** Records the assessor's judgement of one indicator or bonus item (a new revision). */
export async function recordJudgement({
  nominationId,
  indicatorCode,
  input,
  idempotencyKey,
}: RecordJudgementRequest): Promise<Judgement> {
  return expectData(
    await api.POST('/api/v1/nominations/{nominationId}/assessment/{indicatorCode}/judgements', {
      params: {
        path: { nominationId, indicatorCode },
        header: { 'Idempotency-Key': idempotencyKey },
      },
      body: input,
    }),
  );
}

export function useRecordJudgement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordJudgement,
    // The form, the proposal, the queue's progress and the ranking may all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  });
}
