import type { Nomination, NominationPage, Round } from '../../lib/api/types';

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

// The same nomination as the other features' tests use.
export { deadline, nomination } from '../../testing/fixtures';

export function nominationPage(items: Nomination[], total = items.length): NominationPage {
  return { items, page: 1, size: 20, total };
}

export { emptyPlan, plan } from '../../testing/fixtures';
