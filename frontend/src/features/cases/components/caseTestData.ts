import type { Case, CaseListItem, PublicCase } from '../api/types';

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: 7,
    districtId: 3,
    districtName: '广陵区',
    townshipId: 31,
    townshipName: '头桥镇',
    roundId: null,
    year: 2026,
    title: '零工市场带动家门口就业',
    summary: '每天开市，服务灵活就业人员',
    body: '## 做法\n\n设立零工市场。',
    state: 'DRAFT',
    returnReason: null,
    withdrawalReason: null,
    writtenBy: 'gl-admin',
    createdAt: '2026-11-30T02:00:00Z',
    updatedAt: '2026-11-30T02:00:00Z',
    submittedAt: null,
    submittedBy: null,
    publishedAt: null,
    publishedBy: null,
    version: 0,
    allowedActions: ['SAVE', 'SUBMIT'],
    ...overrides,
  };
}

export function aListItem(c: Case): CaseListItem {
  return {
    id: c.id,
    districtId: c.districtId,
    districtName: c.districtName,
    townshipId: c.townshipId,
    townshipName: c.townshipName,
    roundId: c.roundId,
    year: c.year,
    title: c.title,
    summary: c.summary,
    state: c.state,
    updatedAt: c.updatedAt,
    submittedAt: c.submittedAt,
    publishedAt: c.publishedAt,
  };
}

export function aPublicCase(overrides: Partial<PublicCase> = {}): PublicCase {
  return {
    id: 7,
    districtName: '广陵区',
    townshipName: '头桥镇',
    year: 2026,
    title: '零工市场带动家门口就业',
    summary: '每天开市，服务灵活就业人员',
    body: '## 做法\n\n设立零工市场。',
    publishedAt: '2026-12-01T02:00:00Z',
    attachments: [],
    ...overrides,
  };
}
