import type {
  District,
  DistrictPage,
  Framework,
  FrameworkSummary,
  Indicator,
  Plan,
  Round,
  RoundDistrict,
  RoundPage,
  Township,
  TownshipPage,
} from '../lib/api/types';

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
