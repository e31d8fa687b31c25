import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { components } from '../../../lib/api/schema.gen';

export type TownshipHistory = components['schemas']['TownshipHistory'];
export type TownshipHistoryRound = components['schemas']['TownshipHistoryRound'];
export type Title = components['schemas']['Title'];
export type RevocationInput = components['schemas']['RevocationInput'];

const historyKey = (townshipId: number) =>
  [...queryKeys.townships.detail(townshipId), 'history'] as const;

/** The township's nominations, verdicts, titles and revocations across rounds. */
export async function fetchTownshipHistory(
  townshipId: number,
  signal?: AbortSignal,
): Promise<TownshipHistory> {
  return expectData(
    await api.GET('/api/v1/townships/{townshipId}/history', {
      params: { path: { townshipId } },
      signal,
    }),
  );
}

export function useTownshipHistory(townshipId: number) {
  return useQuery({
    queryKey: historyKey(townshipId),
    queryFn: ({ signal }) => fetchTownshipHistory(townshipId, signal),
  });
}

/** Revokes a title (动态管理); the title stays in the history, marked revoked. */
export async function revokeTitle({
  titleId,
  input,
}: {
  titleId: number;
  townshipId: number;
  input: RevocationInput;
}): Promise<Title> {
  return expectData(
    await api.POST('/api/v1/titles/{titleId}/revoke', {
      params: { path: { titleId } },
      body: input,
    }),
  );
}

export function useRevokeTitle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeTitle,
    onSuccess: (_title, { townshipId }) =>
      queryClient.invalidateQueries({ queryKey: historyKey(townshipId) }),
  });
}
