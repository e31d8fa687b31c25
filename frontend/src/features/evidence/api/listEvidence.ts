import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { EvidenceQueueItem, EvidenceQueuePage, EvidenceQueueParams } from './types';

/** The review queue: evidence of every nomination in the caller's scope, filtered and paged. */
export async function fetchEvidenceQueue(
  params: EvidenceQueueParams,
  signal?: AbortSignal,
): Promise<EvidenceQueuePage> {
  return expectData(await api.GET('/api/v1/evidence', { params: { query: params }, signal }));
}

export function useEvidenceQueue(params: EvidenceQueueParams, enabled = true) {
  return useQuery({
    queryKey: evidenceKeys.queue(params),
    queryFn: ({ signal }) => fetchEvidenceQueue(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A queue row's identity: one nomination's one indicator. */
export function queueRowKey(
  row: Pick<EvidenceQueueItem, 'nominationId' | 'indicatorCode'>,
): string {
  return `${String(row.nominationId)}:${row.indicatorCode}`;
}
