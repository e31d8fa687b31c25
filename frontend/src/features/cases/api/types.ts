import type { components, operations } from '../../../lib/api/schema.gen';

export type Case = components['schemas']['Case'];
export type CaseInput = components['schemas']['CaseInput'];
export type CaseState = components['schemas']['CaseState'];
export type CaseAction = components['schemas']['CaseAction'];
export type CaseListItem = components['schemas']['CaseListItem'];
export type CasePage = components['schemas']['CasePage'];
export type CaseAttachment = components['schemas']['CaseAttachment'];
export type PublicCase = components['schemas']['PublicCase'];
export type PublicCaseItem = components['schemas']['PublicCaseItem'];
export type PublicCasePage = components['schemas']['PublicCasePage'];
export type PublicAttachment = components['schemas']['PublicAttachment'];

export type CaseListParams = NonNullable<operations['listCases']['parameters']['query']>;
export type CaseSort = NonNullable<CaseListParams['sort']>;
export type PublicCaseListParams = NonNullable<
  operations['listPublishedCases']['parameters']['query']
>;

export const CASE_STATES: readonly CaseState[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'PUBLISHED',
  'WITHDRAWN',
];

export const CASE_SORTS: readonly CaseSort[] = [
  'updatedAt',
  '-updatedAt',
  'title',
  '-title',
  'year',
  '-year',
  'state',
  '-state',
  'township',
  '-township',
  'district',
  '-district',
  'publishedAt',
  '-publishedAt',
];

/** The review actions (saving is the editor's own button). */
export type CaseReviewAction = Exclude<CaseAction, 'SAVE'>;

/** The entity tag of a case, from its version (what `saveCase` needs in If-Match). */
export function caseEtag(c: Pick<Case, 'version'>): string {
  return `"${String(c.version)}"`;
}

/** Photos are shown as pictures; everything else as a file to download. */
export function isImage(contentType: string): boolean {
  return contentType === 'image/png' || contentType === 'image/jpeg';
}
