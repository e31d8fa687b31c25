import type { components, operations } from './schema.gen';

export type Me = components['schemas']['Me'];
export type LoginInput = components['schemas']['LoginInput'];
export type Role = components['schemas']['Role'];
export type PasswordChange = components['schemas']['PasswordChange'];
export type Session = components['schemas']['Session'];
export type User = components['schemas']['User'];
export type UserInput = components['schemas']['UserInput'];
export type UserUpdate = components['schemas']['UserUpdate'];
export type UserPage = components['schemas']['UserPage'];
export type UserWithPassword = components['schemas']['UserWithPassword'];
export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyInput = components['schemas']['ApiKeyInput'];
export type ApiKeyScope = components['schemas']['ApiKeyScope'];
export type ApiKeyPage = components['schemas']['ApiKeyPage'];
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];
export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type District = components['schemas']['District'];
export type DistrictInput = components['schemas']['DistrictInput'];
export type DistrictKind = components['schemas']['DistrictKind'];
export type DistrictPage = components['schemas']['DistrictPage'];
export type Township = components['schemas']['Township'];
export type TownshipInput = components['schemas']['TownshipInput'];
export type TownshipPage = components['schemas']['TownshipPage'];
export type FrameworkSummary = components['schemas']['FrameworkSummary'];
export type Framework = components['schemas']['Framework'];
export type IndicatorCategory = components['schemas']['IndicatorCategory'];
export type Indicator = components['schemas']['Indicator'];
export type Metric = components['schemas']['Metric'];
export type IndicatorInput = components['schemas']['IndicatorInput'];
export type MetricInput = components['schemas']['MetricInput'];
export type FrameworkCopyInput = components['schemas']['FrameworkCopyInput'];
export type Round = components['schemas']['Round'];
export type RoundInput = components['schemas']['RoundInput'];
export type RoundPage = components['schemas']['RoundPage'];
export type RoundState = components['schemas']['RoundState'];
export type RoundAction = components['schemas']['RoundAction'];
export type Phase = components['schemas']['Phase'];
export type PhaseCode = components['schemas']['PhaseCode'];
export type RoundDistrict = components['schemas']['RoundDistrict'];
export type QuotaInput = components['schemas']['QuotaInput'];
export type Reopening = components['schemas']['Reopening'];
export type ReopeningInput = components['schemas']['ReopeningInput'];
export type Nomination = components['schemas']['Nomination'];
export type NominationPage = components['schemas']['NominationPage'];
export type NominationState = components['schemas']['NominationState'];
export type NominationStatistics = components['schemas']['NominationStatistics'];
export type RoundDashboard = components['schemas']['RoundDashboard'];
export type RoundDashboardDistrict = components['schemas']['RoundDashboardDistrict'];
export type RoundDashboardTownship = components['schemas']['RoundDashboardTownship'];
export type NominationAction = components['schemas']['NominationAction'];
export type NominationInput = components['schemas']['NominationInput'];
export type Deadline = components['schemas']['Deadline'];
export type ReasonInput = components['schemas']['ReasonInput'];
export type ProvincialCandidate = components['schemas']['ProvincialCandidate'];
export type Plan = components['schemas']['Plan'];
export type PlanInput = components['schemas']['PlanInput'];
export type PlanProgress = components['schemas']['PlanProgress'];
export type PlanRevision = components['schemas']['PlanRevision'];
export type PlanRevisionPage = components['schemas']['PlanRevisionPage'];
export type PlanReviewMark = components['schemas']['PlanReviewMark'];
export type Milestone = components['schemas']['Milestone'];
export type MilestoneInput = components['schemas']['MilestoneInput'];
export type MilestoneStatus = components['schemas']['MilestoneStatus'];
export type Notification = components['schemas']['Notification'];
export type NotificationKind = components['schemas']['NotificationKind'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type ReadAllResult = components['schemas']['ReadAllResult'];

type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
export type DistrictListParams = QueryOf<'listDistricts'>;
export type TownshipListParams = QueryOf<'listTownships'>;
export type UserListParams = QueryOf<'listUsers'>;
export type ApiKeyListParams = QueryOf<'listApiKeys'>;
export type AuditEventListParams = QueryOf<'listAuditEvents'>;
export type RoundListParams = QueryOf<'listRounds'>;
export type NominationListParams = QueryOf<'listNominations'>;
export type NotificationListParams = QueryOf<'listNotifications'>;
export type UserSort = NonNullable<UserListParams['sort']>;
export type ApiKeySort = NonNullable<ApiKeyListParams['sort']>;
export type AuditEventSort = NonNullable<AuditEventListParams['sort']>;
export type DistrictSort = NonNullable<DistrictListParams['sort']>;
export type TownshipSort = NonNullable<TownshipListParams['sort']>;
export type RoundSort = NonNullable<RoundListParams['sort']>;
export type NominationSort = NonNullable<NominationListParams['sort']>;

export const ROLES = [
  'CITY_ADMIN',
  'CITY_ASSESSOR',
  'DISTRICT_ADMIN',
  'TOWNSHIP_OPERATOR',
  'VIEWER',
] as const satisfies readonly Role[];
export const API_KEY_SCOPES = ['read', 'import'] as const satisfies readonly ApiKeyScope[];
export const USER_SORTS = [
  'username',
  '-username',
  'displayName',
  '-displayName',
  'role',
  '-role',
  'createdAt',
  '-createdAt',
] as const satisfies readonly UserSort[];
export const API_KEY_SORTS = [
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'lastUsedAt',
  '-lastUsedAt',
] as const satisfies readonly ApiKeySort[];
export const AUDIT_EVENT_SORTS = ['-at', 'at'] as const satisfies readonly AuditEventSort[];

export const DISTRICT_KINDS = [
  'COUNTY_LEVEL',
  'FUNCTIONAL_ZONE',
] as const satisfies readonly DistrictKind[];
export const DISTRICT_SORTS = [
  'code',
  '-code',
  'name',
  '-name',
  'kind',
  '-kind',
  'createdAt',
  '-createdAt',
] as const satisfies readonly DistrictSort[];
export const TOWNSHIP_SORTS = [
  'code',
  '-code',
  'name',
  '-name',
  'district',
  '-district',
  'createdAt',
  '-createdAt',
] as const satisfies readonly TownshipSort[];

export const ROUND_STATES = [
  'DRAFT',
  'OPEN',
  'ASSESSMENT',
  'CLOSED',
] as const satisfies readonly RoundState[];
export const ROUND_SORTS = [
  '-year',
  'year',
  'name',
  '-name',
  'createdAt',
  '-createdAt',
] as const satisfies readonly RoundSort[];
/** The five phases of a round, in programme order. */
export const PHASE_CODES = [
  'DEPLOYMENT',
  'IMPLEMENTATION',
  'PROVINCIAL_SELECTION',
  'ASSESSMENT',
  'CLOSING',
] as const satisfies readonly PhaseCode[];

export const NOMINATION_STATES = [
  'NOMINATED',
  'PLAN_SUBMITTED',
  'IN_PROGRESS',
  'SUBMITTED_FOR_ASSESSMENT',
  'NAMED',
  'NOT_NAMED',
  'WITHDRAWN',
] as const satisfies readonly NominationState[];
export const NOMINATION_SORTS = [
  'township',
  '-township',
  'district',
  '-district',
  'state',
  '-state',
  'createdAt',
  '-createdAt',
] as const satisfies readonly NominationSort[];
export const MILESTONE_STATUSES = [
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
] as const satisfies readonly MilestoneStatus[];

/** A single resource together with the ETag to send back when changing it. */
export interface Versioned<T> {
  value: T;
  etag: string | undefined;
}
