import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import type { Versioned } from '../../../lib/api/types';
import { assessmentKeys } from './keys';
import type { ProvincialRanking, RankingMoveInput } from './types';

function versioned(result: { data?: ProvincialRanking; error?: unknown; response: Response }) {
  const value = expectData(result);
  return { value, etag: etagOf(result.response) ?? `"${String(value.version)}"` };
}

/** The ranking of the round's provincial candidates, with its ETag. */
export async function fetchRanking(
  roundId: number,
  signal?: AbortSignal,
): Promise<Versioned<ProvincialRanking>> {
  return versioned(
    await api.GET('/api/v1/rounds/{roundId}/ranking', { params: { path: { roundId } }, signal }),
  );
}

export function useRanking(roundId: number | undefined) {
  return useQuery({
    queryKey: assessmentKeys.ranking(roundId ?? 0),
    queryFn: ({ signal }) => fetchRanking(roundId ?? 0, signal),
    enabled: roundId !== undefined,
    staleTime: 0,
  });
}

export interface MoveRequest {
  roundId: number;
  input: RankingMoveInput;
  etag: string;
}

export async function moveCandidate({
  roundId,
  input,
  etag,
}: MoveRequest): Promise<Versioned<ProvincialRanking>> {
  return versioned(
    await api.POST('/api/v1/rounds/{roundId}/ranking/moves', {
      params: { path: { roundId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export async function confirmRanking({
  roundId,
  etag,
}: {
  roundId: number;
  etag: string;
}): Promise<Versioned<ProvincialRanking>> {
  return versioned(
    await api.POST('/api/v1/rounds/{roundId}/ranking/confirm', {
      params: { path: { roundId }, header: { 'If-Match': etag } },
    }),
  );
}

function useRankingMutation<R extends { roundId: number }>(
  mutationFn: (request: R) => Promise<Versioned<ProvincialRanking>>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (changed, request) => {
      queryClient.setQueryData(assessmentKeys.ranking(request.roundId), changed);
    },
  });
}

export function useMoveCandidate() {
  return useRankingMutation(moveCandidate);
}

export function useConfirmRanking() {
  return useRankingMutation(confirmRanking);
}

export type ExportFormat = 'csv' | 'xlsx';

/** Where the ranking's file is downloaded from (same origin: the session cookie goes along). */
export function rankingExportUrl(roundId: number, format: ExportFormat): string {
  return `/api/v1/rounds/${String(roundId)}/ranking/export?format=${format}`;
}

/** Where the round's results (judgements, verdicts, ranking) are downloaded from. */
export function resultsExportUrl(roundId: number, format: ExportFormat): string {
  return `/api/v1/rounds/${String(roundId)}/results/export?format=${format}`;
}
