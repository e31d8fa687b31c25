import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import { assessmentKeys } from './keys';
import type { Publication } from './types';

export interface PublishRequest {
  roundId: number;
  /** Only these nominations' verdicts; empty = every confirmed, unpublished verdict. */
  nominationIds: number[];
  /** List what would be published, changing nothing (the confirmation's content). */
  dryRun: boolean;
}

export async function publishVerdicts({
  roundId,
  nominationIds,
  dryRun,
}: PublishRequest): Promise<Publication> {
  return expectData(
    await api.POST('/api/v1/rounds/{roundId}/verdicts/publish', {
      params: { path: { roundId }, query: { dryRun } },
      body: nominationIds.length > 0 ? { nominationIds } : {},
    }),
  );
}

export function usePublishVerdicts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishVerdicts,
    onSuccess: async (_result, request) => {
      if (request.dryRun) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.all }),
      ]);
    },
  });
}
