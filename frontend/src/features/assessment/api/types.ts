import type { components, operations } from '../../../lib/api/schema.gen';

// The year-end assessment's records, in the contract's shapes.
export type Assessment = components['schemas']['Assessment'];
export type AssessmentIndicator = components['schemas']['AssessmentIndicator'];
export type AssessmentAttachment = components['schemas']['AssessmentAttachment'];
export type Judgement = components['schemas']['Judgement'];
export type JudgementInput = components['schemas']['JudgementInput'];
export type JudgementOutcome = components['schemas']['JudgementOutcome'];
export type ThresholdCheck = components['schemas']['ThresholdCheck'];
export type VerdictProposal = components['schemas']['VerdictProposal'];
export type ProposalReason = components['schemas']['ProposalReason'];
export type VerdictDecision = components['schemas']['VerdictDecision'];
export type NominationVerdict = components['schemas']['NominationVerdict'];
export type VerdictRevision = components['schemas']['VerdictRevision'];
export type VerdictRevisionStatus = components['schemas']['VerdictRevisionStatus'];
export type VerdictInput = components['schemas']['VerdictInput'];
export type VerdictCorrectionInput = components['schemas']['VerdictCorrectionInput'];
export type VerdictStatusFilter = components['schemas']['VerdictStatusFilter'];
export type RoundVerdictRow = components['schemas']['RoundVerdictRow'];
export type RoundVerdicts = components['schemas']['RoundVerdicts'];
export type Publication = components['schemas']['Publication'];
export type PublicationItem = components['schemas']['PublicationItem'];
export type ProvincialRanking = components['schemas']['ProvincialRanking'];
export type RankingEntry = components['schemas']['RankingEntry'];
export type EvidenceMetric = components['schemas']['EvidenceMetric'];
export type BonusEntry = components['schemas']['BonusEntry'];
export type Round = components['schemas']['Round'];

export type RoundVerdictParams = NonNullable<
  operations['listRoundVerdicts']['parameters']['query']
>;

/** The judgements of a standard indicator. */
export const STANDARD_OUTCOMES = [
  'MET',
  'NOT_MET',
  'NEEDS_SUPPLEMENT',
] as const satisfies readonly JudgementOutcome[];

/** The judgements of a bonus item. */
export const BONUS_OUTCOMES = [
  'RECOGNISED',
  'NOT_RECOGNISED',
] as const satisfies readonly JudgementOutcome[];

export const VERDICT_DECISIONS = [
  'NAMED',
  'NOT_NAMED',
] as const satisfies readonly VerdictDecision[];

export const VERDICT_STATUS_FILTERS = [
  'PENDING',
  'CONFIRMED',
  'PUBLISHED',
] as const satisfies readonly VerdictStatusFilter[];
export type RankingMoveInput = components['schemas']['RankingMoveInput'];
