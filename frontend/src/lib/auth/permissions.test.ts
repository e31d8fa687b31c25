import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { ACCESS } from './access.gen';
import { can, mayCall, overseesCity, PERMISSIONS, type Permission } from './permissions';

const ROLES: Role[] = [
  'CITY_ADMIN',
  'CITY_ASSESSOR',
  'DISTRICT_ADMIN',
  'TOWNSHIP_OPERATOR',
  'VIEWER',
];

function rolesThatCan(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

describe('permissions read from the contract', () => {
  it('gives each offer to the roles the contract lets call its operations', () => {
    expect(
      Object.fromEntries(Object.keys(PERMISSIONS).map((p) => [p, rolesThatCan(p as Permission)])),
    ).toEqual({
      manageDistricts: ['CITY_ADMIN'],
      manageTownships: ['CITY_ADMIN', 'DISTRICT_ADMIN'],
      manageUsers: ['CITY_ADMIN'],
      manageApiKeys: ['CITY_ADMIN'],
      viewAudit: ['CITY_ADMIN'],
      manageRounds: ['CITY_ADMIN'],
      editFramework: ['CITY_ADMIN'],
      nominate: ['DISTRICT_ADMIN'],
      reviewEvidence: ['CITY_ASSESSOR', 'DISTRICT_ADMIN'],
      importData: ['CITY_ADMIN', 'DISTRICT_ADMIN'],
      readCases: ['CITY_ADMIN', 'CITY_ASSESSOR', 'DISTRICT_ADMIN', 'VIEWER'],
      writeCases: ['DISTRICT_ADMIN'],
      reviewCases: ['CITY_ADMIN'],
      viewAssessment: ['CITY_ADMIN', 'CITY_ASSESSOR', 'VIEWER'],
      decideVerdicts: ['CITY_ADMIN'],
      viewRanking: ['CITY_ADMIN', 'CITY_ASSESSOR', 'VIEWER'],
      rankCandidates: ['CITY_ADMIN'],
      revokeTitles: ['CITY_ADMIN'],
    });
  });

  it('offers nothing to nobody', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it('follows the generated table operation by operation', () => {
    expect(mayCall('TOWNSHIP_OPERATOR', 'savePlan')).toBe(
      ACCESS.savePlan.includes('TOWNSHIP_OPERATOR'),
    );
    expect(mayCall('VIEWER', 'createDistrict')).toBe(false);
    expect(mayCall(undefined, 'getMe')).toBe(false);
  });

  it('lets the city-wide roles oversee every district', () => {
    expect(ROLES.filter(overseesCity)).toEqual(['CITY_ADMIN', 'CITY_ASSESSOR', 'VIEWER']);
  });
});
