import type { components, operations } from '../../../lib/api/schema.gen';

// The evidence feature's records, in the contract's shapes.
export type EvidenceItem = components['schemas']['EvidenceItem'];
export type EvidenceOverview = components['schemas']['EvidenceOverview'];
export type EvidenceCompleteness = components['schemas']['EvidenceCompleteness'];
export type EvidenceInput = components['schemas']['EvidenceInput'];
export type EvidenceState = components['schemas']['EvidenceState'];
export type EvidenceAction = components['schemas']['EvidenceAction'];
export type EvidenceMetric = components['schemas']['EvidenceMetric'];
export type SelfAssessment = components['schemas']['SelfAssessment'];
export type BonusEntry = components['schemas']['BonusEntry'];
export type BonusType = components['schemas']['BonusType'];
export type EvidenceQueueItem = components['schemas']['EvidenceQueueItem'];
export type EvidenceQueuePage = components['schemas']['EvidenceQueuePage'];
export type EvidenceRevisionPage = components['schemas']['EvidenceRevisionPage'];
export type EvidenceRevisionSummary = components['schemas']['EvidenceRevisionSummary'];
export type EvidenceRevision = components['schemas']['EvidenceRevision'];
export type EvidenceReviewEvent = components['schemas']['EvidenceReviewEvent'];
export type EvidenceReturnedBy = components['schemas']['EvidenceReturnedBy'];
export type MetricKind = components['schemas']['MetricKind'];
export type BonusLevel = components['schemas']['BonusLevel'];
export type EvidenceReviewInput = components['schemas']['EvidenceReviewInput'];
export type Attachment = components['schemas']['Attachment'];
export type Framework = components['schemas']['Framework'];
export type Indicator = components['schemas']['Indicator'];
export type Nomination = components['schemas']['Nomination'];
export type Round = components['schemas']['Round'];

type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
export type EvidenceQueueParams = QueryOf<'listEvidence'>;
export type EvidenceQueueSort = NonNullable<EvidenceQueueParams['sort']>;

export const EVIDENCE_STATES = [
  'DRAFT',
  'SUBMITTED',
  'DISTRICT_APPROVED',
  'ACCEPTED',
  'RETURNED',
] as const satisfies readonly EvidenceState[];

export const SELF_ASSESSMENTS = [
  'MET',
  'PARTLY_MET',
  'NOT_MET',
] as const satisfies readonly SelfAssessment[];

export const BONUS_TYPES = [
  'COMMENDATION',
  'EXPERIENCE_TALK',
  'HOSTED_EVENT',
  'MEDIA_COVERAGE',
] as const satisfies readonly BonusType[];

export const EVIDENCE_QUEUE_SORTS = [
  'submittedAt',
  '-submittedAt',
  'updatedAt',
  '-updatedAt',
  'township',
  '-township',
  'indicator',
  '-indicator',
  'state',
  '-state',
] as const satisfies readonly EvidenceQueueSort[];
