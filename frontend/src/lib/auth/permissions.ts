import type { Role } from '../api/types';

/**
 * What each role may do in the UI, mirroring the contract's `x-fumin-access`. The server is the
 * authority (it answers 403/404); this only keeps people from being offered what they cannot use.
 */
export const PERMISSIONS = {
  manageDistricts: ['CITY_ADMIN'],
  /** District admins manage the townships of their own district (the server scopes it). */
  manageTownships: ['CITY_ADMIN', 'DISTRICT_ADMIN'],
  manageUsers: ['CITY_ADMIN'],
  manageApiKeys: ['CITY_ADMIN'],
  viewAudit: ['CITY_ADMIN'],
  /** Create, edit and advance rounds; override quotas; reopen deadlines. */
  manageRounds: ['CITY_ADMIN'],
  /** Copy framework editions and change their indicators. */
  editFramework: ['CITY_ADMIN'],
  /** Nominate townships of the own district into a round, within its quota. */
  nominate: ['DISTRICT_ADMIN'],
  /** City-wide view of nominations: filter by district, see every district's provincial picks. */
  overseeNominations: ['CITY_ADMIN', 'CITY_ASSESSOR', 'VIEWER'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
