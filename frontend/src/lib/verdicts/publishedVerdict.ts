import type { components } from '../api/schema.gen';
import type { NominationVerdict } from './getVerdict';

type VerdictRevision = components['schemas']['VerdictRevision'];

/**
 * The verdict a paper file may carry: the newest published revision. A city user also sees a
 * confirmed but unpublished one; that is not yet the verdict.
 */
export function publishedVerdict(verdict: NominationVerdict): VerdictRevision | undefined {
  if (verdict.verdict?.status === 'PUBLISHED') return verdict.verdict;
  return verdict.revisions.find((r) => r.status === 'PUBLISHED');
}
