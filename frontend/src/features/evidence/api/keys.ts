import { evidenceOverviewKey } from '../../../lib/evidence/evidenceOverview';
import type { EvidenceQueueParams } from './types';

/** Query keys of the evidence feature; every change invalidates `all` below the nomination. */
export const evidenceKeys = {
  all: ['evidence'] as const,
  nomination: (nominationId: number) => [...evidenceKeys.all, 'nomination', nominationId] as const,
  overview: evidenceOverviewKey,
  item: (nominationId: number, code: string) =>
    [...evidenceKeys.nomination(nominationId), 'item', code] as const,
  revisions: (nominationId: number, code: string, page: number) =>
    [...evidenceKeys.item(nominationId, code), 'revisions', page] as const,
  revision: (nominationId: number, code: string, revision: number) =>
    [...evidenceKeys.item(nominationId, code), 'revision', revision] as const,
  attachments: (nominationId: number, code: string) =>
    [...evidenceKeys.item(nominationId, code), 'attachments'] as const,
  queues: () => [...evidenceKeys.all, 'queue'] as const,
  queue: (params: EvidenceQueueParams) => [...evidenceKeys.queues(), params] as const,
  /** The indicator framework a round uses (frozen once assessment starts). */
  framework: (roundId: number) => [...evidenceKeys.all, 'framework', roundId] as const,
};
