import type { Nomination } from '../../lib/api/types';
import { nomination as sharedNomination, pensionItem } from '../../testing/fixtures';
import type {
  EvidenceItem,
  EvidenceOverview,
  EvidenceQueueItem,
  EvidenceQueuePage,
  EvidenceRevision,
} from './api/types';

// Records for this feature's unit tests, in the contract's shapes.

/** The nomination, in cultivation (the township writes its evidence), without deadlines. */
export function nomination(overrides: Partial<Nomination> = {}): Nomination {
  return sharedNomination({ state: 'IN_PROGRESS', deadlines: [], ...overrides });
}

export { pensionItem };

/** Indicator 1 of the organisation category, saved once. */
export function organisationItem(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return pensionItem({
    indicatorCode: '1',
    categoryCode: '1',
    categoryTitle: '组织推动',
    categoryTitleEn: 'Organisation',
    title: '压实乡村振兴工作责任',
    glossEn: 'leading group, dedicated office, regular meetings',
    metrics: [],
    state: 'DRAFT',
    revision: 2,
    selfAssessment: 'MET',
    statement: '已成立领导小组',
    narrative: '## 组织领导\n- 成立领导小组',
    savedAt: '2091-08-20T10:30:00+08:00',
    savedBy: '乡镇经办人',
    allowedActions: ['SAVE', 'SUBMIT'],
    ...overrides,
  });
}

/** Bonus item B1 (provincial-or-higher commendation), never saved. */
export function commendationItem(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return pensionItem({
    indicatorCode: 'B1',
    kind: 'BONUS',
    categoryCode: '7',
    categoryTitle: '加分项',
    categoryTitleEn: 'Bonus items',
    title: '省级以上表彰',
    glossEn: 'provincial-or-higher commendation',
    metrics: [],
    bonus: { entries: [] },
    ...overrides,
  });
}

export function overview(
  items: EvidenceItem[],
  overrides: Partial<EvidenceOverview> = {},
): EvidenceOverview {
  return {
    nominationId: 7,
    roundId: 5,
    townshipId: 11,
    districtId: 1,
    completeness: {
      standardTotal: 17,
      saved: 6,
      submitted: 5,
      districtApproved: 3,
      accepted: 1,
      returned: 1,
      missing: ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '15'],
    },
    items,
    ...overrides,
  };
}

export function revision(overrides: Partial<EvidenceRevision> = {}): EvidenceRevision {
  return {
    nominationId: 7,
    indicatorCode: '15',
    revision: 1,
    selfAssessment: 'PARTLY_MET',
    statement: '参保率接近目标',
    narrative: '第一段\n第二段',
    metrics: pensionItem().metrics.map((m) => ({ ...m, value: 93.1, meetsThreshold: false })),
    bonus: null,
    savedAt: '2091-08-20T10:30:00+08:00',
    savedBy: '乡镇经办人',
    events: [],
    attachments: [],
    ...overrides,
  };
}

export function queueItem(overrides: Partial<EvidenceQueueItem> = {}): EvidenceQueueItem {
  return {
    nominationId: 7,
    roundId: 5,
    districtId: 1,
    districtName: '广陵区',
    townshipId: 11,
    townshipName: '东关街道',
    indicatorCode: '15',
    indicatorTitle: '精准实施全民参保计划',
    kind: 'STANDARD',
    state: 'SUBMITTED',
    revision: 2,
    submittedAt: '2091-08-21T09:00:00+08:00',
    updatedAt: '2091-08-21T09:00:00+08:00',
    ...overrides,
  };
}

export function queuePage(items: EvidenceQueueItem[], total = items.length): EvidenceQueuePage {
  return { items, page: 1, size: 20, total };
}
