import type { Deadline, Nomination, NominationPage, Round } from '../../lib/api/types';

// Records for this feature's unit tests, in the contract's shapes.

export function round(overrides: Partial<Round> = {}): Round {
  return {
    id: 5,
    year: 2091,
    name: '2091年度就业富民乡村振兴基地培育',
    frameworkId: 1,
    frameworkName: '扬州市就业富民乡村振兴基地培育标准',
    frameworkEdition: 1,
    state: 'OPEN',
    quotaCountyLevel: 2,
    quotaFunctionalZone: 1,
    phases: [],
    current: true,
    allowedActions: [],
    version: 1,
    createdAt: '2091-06-01T09:00:00+08:00',
    updatedAt: '2091-06-01T09:00:00+08:00',
    ...overrides,
  };
}

// The same district row as the rounds feature's tests use.
export { roundDistrict } from '../../testing/fixtures';

export function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    phase: 'DEPLOYMENT',
    deadline: '2091-07-31T23:59:00+08:00',
    reopened: false,
    passed: false,
    ...overrides,
  };
}

export function nomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 7,
    roundId: 5,
    roundYear: 2091,
    roundState: 'OPEN',
    townshipId: 11,
    townshipCode: '321002001',
    townshipName: '东关街道',
    districtId: 1,
    districtName: '广陵区',
    state: 'NOMINATED',
    provincialCandidate: false,
    returnReason: null,
    decisionReason: null,
    allowedActions: [],
    deadlines: [deadline()],
    version: 3,
    createdAt: '2091-07-02T10:00:00+08:00',
    updatedAt: '2091-07-02T10:00:00+08:00',
    ...overrides,
  };
}

export function nominationPage(items: Nomination[], total = items.length): NominationPage {
  return { items, page: 1, size: 20, total };
}

export { emptyPlan, plan } from '../../testing/fixtures';
