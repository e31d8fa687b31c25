import type { Deadline, Nomination, NominationPage, Plan, Round } from '../../lib/api/types';

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

/** A saved plan: two milestones, one done and one overdue. */
export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    nominationId: 7,
    revision: 2,
    kind: 'CHANGE',
    content: '## 建设内容\n\n- 建设零工市场\n- 开展技能培训',
    contentHtml: '<h2>建设内容</h2>\n<ul>\n<li>建设零工市场</li>\n<li>开展技能培训</li>\n</ul>\n',
    responsiblePerson: '李站长',
    contactPhone: '0514-87000000',
    milestones: [
      {
        dueOn: '2091-08-15',
        deliverable: '成立工作领导小组',
        status: 'DONE',
        completionNote: '已发文成立',
        evidence: [],
        overdue: false,
      },
      {
        dueOn: '2091-09-01',
        deliverable: '零工市场挂牌运营',
        status: 'IN_PROGRESS',
        completionNote: null,
        evidence: [],
        overdue: true,
      },
    ],
    progress: { total: 2, done: 1, overdue: 1, percent: 50 },
    savedAt: '2091-08-20T10:30:00+08:00',
    savedBy: '乡镇经办人',
    status: 'DRAFT',
    approvedRevision: null,
    reviewedRevision: null,
    ...overrides,
  };
}

/** The plan of a nomination nobody has written yet. */
export function emptyPlan(): Plan {
  return {
    nominationId: 7,
    revision: 0,
    content: '',
    contentHtml: '',
    responsiblePerson: '',
    contactPhone: '',
    milestones: [],
    progress: { total: 0, done: 0, overdue: 0, percent: 0 },
    savedAt: null,
    savedBy: null,
    status: 'DRAFT',
    approvedRevision: null,
    reviewedRevision: null,
  };
}
