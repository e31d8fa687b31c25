import type { components } from '../lib/api/schema.gen';
import type {
  Deadline,
  District,
  DistrictPage,
  Framework,
  FrameworkSummary,
  Indicator,
  Nomination,
  Plan,
  Round,
  RoundDistrict,
  RoundPage,
  Session,
  Township,
  TownshipPage,
} from '../lib/api/types';

type EvidenceItem = components['schemas']['EvidenceItem'];
type EvidenceMetric = components['schemas']['EvidenceMetric'];
type NominationVerdict = components['schemas']['NominationVerdict'];
type VerdictRevision = components['schemas']['VerdictRevision'];

export function district(overrides: Partial<District> = {}): District {
  return {
    id: 1,
    code: '321002',
    name: '广陵区',
    kind: 'COUNTY_LEVEL',
    townshipCount: 0,
    version: 0,
    createdAt: '2026-01-05T09:00:00+08:00',
    updatedAt: '2026-01-05T09:00:00+08:00',
    ...overrides,
  };
}

export function township(overrides: Partial<Township> = {}): Township {
  return {
    id: 11,
    code: '321002001',
    name: '东关街道',
    districtId: 1,
    districtName: '广陵区',
    version: 0,
    createdAt: '2026-01-05T09:00:00+08:00',
    updatedAt: '2026-01-05T09:00:00+08:00',
    ...overrides,
  };
}

export function districtPage(
  items: District[],
  page = 1,
  size = 20,
  total = items.length,
): DistrictPage {
  return { items, page, size, total };
}

export function townshipPage(
  items: Township[],
  page = 1,
  size = 20,
  total = items.length,
): TownshipPage {
  return { items, page, size, total };
}

/** A round of 2023 dated like the plan (Beijing time), open, with every action a city admin has. */
export function round(overrides: Partial<Round> = {}): Round {
  return {
    id: 5,
    year: 2023,
    name: '2023年度就业富民乡村振兴基地培育',
    frameworkId: 1,
    frameworkName: '扬州市就业富民乡村振兴基地培育标准',
    frameworkEdition: 1,
    state: 'OPEN',
    quotaCountyLevel: 2,
    quotaFunctionalZone: 1,
    phases: [
      {
        code: 'DEPLOYMENT',
        startsAt: '2023-07-01T00:00:00+08:00',
        endsAt: '2023-07-31T23:59:00+08:00',
      },
      {
        code: 'IMPLEMENTATION',
        startsAt: '2023-07-01T00:00:00+08:00',
        endsAt: '2023-10-31T23:59:00+08:00',
      },
      {
        code: 'PROVINCIAL_SELECTION',
        startsAt: '2023-07-01T00:00:00+08:00',
        endsAt: '2023-09-25T23:59:00+08:00',
      },
      {
        code: 'ASSESSMENT',
        startsAt: '2023-11-01T00:00:00+08:00',
        endsAt: '2023-12-20T23:59:00+08:00',
      },
      {
        code: 'CLOSING',
        startsAt: '2023-12-21T00:00:00+08:00',
        endsAt: '2023-12-31T23:59:00+08:00',
      },
    ],
    current: true,
    allowedActions: ['START_ASSESSMENT', 'EDIT'],
    version: 3,
    createdAt: '2023-06-20T09:00:00+08:00',
    updatedAt: '2023-07-01T09:00:00+08:00',
    ...overrides,
  };
}

export function roundPage(items: Round[], page = 1, size = 20, total = items.length): RoundPage {
  return { items, page, size, total };
}

export function roundDistrict(overrides: Partial<RoundDistrict> = {}): RoundDistrict {
  return {
    districtId: 1,
    districtCode: '321002',
    districtName: '广陵区',
    kind: 'COUNTY_LEVEL',
    quota: 2,
    used: 1,
    provincialCandidates: [],
    ...overrides,
  };
}

export function frameworkSummary(overrides: Partial<FrameworkSummary> = {}): FrameworkSummary {
  return {
    id: 1,
    name: '扬州市就业富民乡村振兴基地培育标准',
    edition: 1,
    basedOnId: null,
    frozen: false,
    standardCount: 17,
    bonusCount: 4,
    ...overrides,
  };
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 15,
    code: '15',
    kind: 'STANDARD',
    titleZh: '精准实施全民参保计划',
    textZh: '城乡居民基本养老保险覆盖面不断扩大，基本养老保险参保率达95%以上。',
    glossEn: 'basic pension insurance participation rate of at least 95 %',
    criteria: ['基本养老保险参保率达95%以上。', '困难群体由政府代缴保费。'],
    metrics: [
      {
        nameZh: '基本养老保险参保率',
        nameEn: 'basic pension insurance participation rate',
        unit: '%',
        comparator: '>=',
        threshold: 95,
      },
    ],
    ...overrides,
  };
}

/** A framework shaped like the plan's: a standard category with indicator 15, and the bonus items. */
export function framework(overrides: Partial<Framework> = {}): Framework {
  return {
    id: 1,
    name: '扬州市就业富民乡村振兴基地培育标准',
    edition: 1,
    basedOnId: null,
    frozen: false,
    categories: [
      {
        code: '5',
        titleZh: '社会保障',
        titleEn: 'Social security',
        indicators: [indicator()],
      },
      {
        code: '7',
        titleZh: '加分项',
        titleEn: 'Bonus items',
        indicators: [
          indicator({
            id: 18,
            code: 'B1',
            kind: 'BONUS',
            titleZh: '省级以上表彰',
            textZh: '本年度乡村振兴工作受到省级及以上表彰激励（有正式文号）。',
            glossEn: 'provincial-or-higher commendation (needs an official document number)',
            criteria: ['本年度乡村振兴工作受到省级及以上表彰激励（有正式文号）。'],
            metrics: [],
          }),
        ],
      },
    ],
    ...overrides,
  };
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

/** One's sessions: this one (Firefox at 10.0.0.8) and an earlier one elsewhere. */
export function sessions(): Session[] {
  return [
    {
      id: 1,
      current: true,
      createdAt: '2026-01-05T09:00:00+08:00',
      lastSeenAt: '2026-01-05T09:30:00+08:00',
      expiresAt: '2026-01-05T17:00:00+08:00',
      clientAddress: '10.0.0.8',
      userAgent: 'Firefox',
    },
    {
      id: 2,
      current: false,
      createdAt: '2026-01-04T09:00:00+08:00',
      lastSeenAt: '2026-01-04T09:30:00+08:00',
      expiresAt: '2026-01-04T17:00:00+08:00',
      clientAddress: '10.0.0.9',
    },
  ];
}

export function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    phase: 'DEPLOYMENT',
    deadline: '2091-07-31T23:59:00+08:00',
    reopened: false,
    passed: false,
    ...overrides,
  };
}

/** 东关街道's nomination 7 in round 5 (2091), just nominated. */
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

/** Indicator 15's metric, the pension participation rate (≥ 95 %), without a value. */
export function pensionMetric(overrides: Partial<EvidenceMetric> = {}): EvidenceMetric {
  return {
    metricId: 1,
    name: '基本养老保险参保率',
    nameEn: 'basic pension insurance participation rate',
    unit: '%',
    kind: 'PERCENT',
    comparator: '>=',
    threshold: 95,
    value: null,
    meetsThreshold: null,
    ...overrides,
  };
}

/** Nomination 7's evidence for indicator 15 (pension participation rate ≥ 95 %), never saved, editable by the township. */
export function pensionItem(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    nominationId: 7,
    indicatorCode: '15',
    kind: 'STANDARD',
    categoryCode: '5',
    categoryTitle: '社会保障',
    categoryTitleEn: 'Social security',
    title: '精准实施全民参保计划',
    glossEn: 'basic pension insurance participation rate of at least 95 %',
    state: 'DRAFT',
    revision: 0,
    submittedRevision: null,
    selfAssessment: null,
    statement: null,
    narrative: null,
    metrics: [pensionMetric()],
    bonus: null,
    returnReason: null,
    returnedBy: null,
    savedAt: null,
    savedBy: null,
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    allowedActions: ['SAVE'],
    attachments: [],
    ...overrides,
  };
}

/** A naming against the proposal, confirmed with its document, not yet published. */
export function verdictRevision(overrides: Partial<VerdictRevision> = {}): VerdictRevision {
  return {
    revision: 1,
    decision: 'NAMED',
    proposedDecision: 'NOT_NAMED',
    overridden: true,
    justification: '差距在统计误差内，经复核同意命名。',
    documentNumber: '扬人社发〔2091〕88号',
    documentDate: '2091-12-01',
    correctionReason: null,
    status: 'CONFIRMED',
    confirmedAt: '2091-12-01T10:00:00+08:00',
    confirmedBy: 'admin',
    publishedAt: null,
    publishedBy: null,
    ...overrides,
  };
}

/** Nomination 7's verdict, not yet confirmed (no proposal unless given). */
export function nominationVerdict(overrides: Partial<NominationVerdict> = {}): NominationVerdict {
  return {
    nominationId: 7,
    roundId: 5,
    roundYear: 2091,
    townshipId: 11,
    townshipCode: '321002001',
    townshipName: '东关街道',
    districtId: 1,
    districtName: '广陵区',
    nominationState: 'SUBMITTED_FOR_ASSESSMENT',
    proposal: null,
    verdict: null,
    revisions: [],
    allowedActions: ['CONFIRM'],
    version: 0,
    ...overrides,
  };
}
