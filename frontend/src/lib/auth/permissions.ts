import type { Role } from '../api/types';
import { ACCESS, type OperationId } from './access.gen';

/**
 * What the UI offers, as the contract operations each offer stands for. A role may do it when the
 * contract's `x-fumin-access` lets it call every one of them (src/lib/auth/access.gen.ts, generated
 * from openapi.yaml). The server is the authority (it answers 403/404); this only keeps people from
 * being offered what they cannot use.
 */
export const PERMISSIONS = {
  manageDistricts: ['createDistrict', 'updateDistrict', 'deleteDistrict'],
  /** District admins manage the townships of their own district (the server scopes it). */
  manageTownships: ['createTownship', 'updateTownship', 'deleteTownship'],
  manageUsers: [
    'listUsers',
    'createUser',
    'updateUser',
    'disableUser',
    'enableUser',
    'unlockUser',
    'resetUserPassword',
  ],
  manageApiKeys: ['listApiKeys', 'createApiKey', 'revokeApiKey', 'rotateApiKey'],
  viewAudit: ['listAuditEvents'],
  /** Create, edit and advance rounds; override quotas; reopen deadlines. */
  manageRounds: [
    'createRound',
    'updateRound',
    'openRound',
    'startRoundAssessment',
    'closeRound',
    'setDistrictQuota',
    'createReopening',
  ],
  /** Copy framework editions and change their indicators. */
  editFramework: ['copyFramework', 'updateIndicator'],
  /** Nominate townships of the own district into a round, within its quota. */
  nominate: ['createNomination'],
  /** Review evidence in bulk from the queue (district approval, city acceptance). */
  reviewEvidence: ['reviewEvidence'],
  /** Bulk imports from files, with their history and reports (which kinds: features/imports/kinds.ts). */
  importData: ['createImport', 'getImportTemplate', 'listImportJobs', 'getImportJob'],
  /** Read the typical cases in one's scope (township operators read the public page instead). */
  readCases: ['listCases', 'getCase'],
  /** Write typical cases about the own district's townships and submit them to the city. */
  writeCases: ['createCase', 'saveCase', 'submitCase', 'uploadCaseAttachment'],
  /** Return, publish and withdraw typical cases. */
  reviewCases: ['returnCase', 'publishCase', 'withdrawCase'],
  /** See the year-end assessment: the queue, the judgement form, proposals and verdicts. */
  viewAssessment: ['listRoundVerdicts', 'getAssessment'],
  /** Confirm, publish and correct verdicts. */
  decideVerdicts: ['confirmVerdict', 'publishVerdicts', 'correctVerdict'],
  /** See the ranking of the provincial candidates. */
  viewRanking: ['getProvincialRanking'],
  /** Reorder and confirm the provincial ranking. */
  rankCandidates: ['moveRankingCandidate', 'confirmProvincialRanking'],
  /** Revoke a base's title (动态管理). */
  revokeTitles: ['revokeTitle'],
} as const satisfies Record<string, readonly OperationId[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether the contract lets `role` call `operation`. */
export function mayCall(role: Role | undefined, operation: OperationId): boolean {
  return role !== undefined && (ACCESS[operation] as readonly Role[]).includes(role);
}

export function can(role: Role | undefined, permission: Permission): boolean {
  return PERMISSIONS[permission].every((operation) => mayCall(role, operation));
}

/**
 * Roles that work city-wide rather than inside one district: they see every district's
 * nominations and filter by district. Not an operation of the contract (there the caller's
 * district scopes the same operations), so it is stated here, after the Role schema's meaning.
 */
const CITY_WIDE_ROLES: readonly Role[] = ['CITY_ADMIN', 'CITY_ASSESSOR', 'VIEWER'];

export function overseesCity(role: Role | undefined): boolean {
  return role !== undefined && CITY_WIDE_ROLES.includes(role);
}
