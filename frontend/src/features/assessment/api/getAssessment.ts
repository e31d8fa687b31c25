import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { assessmentKeys } from './keys';
import type { Assessment } from './types';

/** The judgement form of a nomination: per indicator the accepted evidence, check and judgements. */
export async function fetchAssessment(
  nominationId: number,
  signal?: AbortSignal,
): Promise<Assessment> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/assessment', {
      params: { path: { nominationId } },
      signal,
    }),
  );
}

export function useAssessment(nominationId: number) {
  return useQuery({
    queryKey: assessmentKeys.form(nominationId),
    queryFn: ({ signal }) => fetchAssessment(nominationId, signal),
    staleTime: 0,
  });
}
