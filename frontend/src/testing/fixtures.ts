import type { District, DistrictPage, Township, TownshipPage } from '../lib/api/types';

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
