import type { QueryClient } from '@tanstack/react-query';
import { etagOf } from '../../../lib/api/client';
import type { Versioned } from '../../../lib/api/types';
import { evidenceKeys } from './keys';
import type { EvidenceItem } from './types';

/** The item a save or review step answered, with its ETag: the revision, should a proxy drop the header. */
export function versionedItem(value: EvidenceItem, response: Response): Versioned<EvidenceItem> {
  return { value, etag: etagOf(response) ?? `"${String(value.revision)}"` };
}

/**
 * After a save or a review step: the item's cache holds the answer; the nomination's overview and
 * the item's revisions reload, and so do the review queues when `queues` says the step moves
 * the item in or out of one.
 */
export async function refreshChangedItem(
  queryClient: QueryClient,
  { nominationId, indicatorCode }: { nominationId: number; indicatorCode: string },
  changed: Versioned<EvidenceItem>,
  queues: boolean,
): Promise<void> {
  queryClient.setQueryData(evidenceKeys.item(nominationId, indicatorCode), changed);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: evidenceKeys.overview(nominationId) }),
    queryClient.invalidateQueries({
      queryKey: [...evidenceKeys.item(nominationId, indicatorCode), 'revisions'],
    }),
    ...(queues ? [queryClient.invalidateQueries({ queryKey: evidenceKeys.queues() })] : []),
  ]);
}
