import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import {
  district,
  round,
  roundDistrict,
  roundPage,
  township,
  townshipPage,
} from '../../../testing/fixtures';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

const SLOW = { timeout: 10_000 };

function operator(overrides: Partial<User> = {}): User {
  return {
    id: 7,
    username: 'gl.operator',
    displayName: '李操作',
    role: 'TOWNSHIP_OPERATOR',
    districtId: 1,
    townshipId: 11,
    enabled: true,
    locked: false,
    mustChangePassword: false,
    version: 0,
    createdAt: '2026-01-05T09:00:00+08:00',
    updatedAt: '2026-01-05T09:00:00+08:00',
    ...overrides,
  };
}

function serve(role: User['role'] = 'CITY_ADMIN') {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: testUser({ role }) }),
    'GET /api/v1/districts/{districtId}': () => ({
      body: district({ townshipCount: 1 }),
      headers: { ETag: '"0"' },
    }),
    'GET /api/v1/townships': () => ({ body: townshipPage([township()]) }),
    'GET /api/v1/rounds': () => ({
      body: roundPage([
        round({ id: 6, year: 2024, name: '2024年度培育', state: 'DRAFT' }),
        round({ id: 5, year: 2023, name: '2023年度培育', state: 'OPEN' }),
      ]),
    }),
    'GET /api/v1/rounds/{roundId}/districts': () => ({
      body: [roundDistrict({ used: 1, quota: 2 }), roundDistrict({ districtId: 2, used: 0 })],
    }),
    'GET /api/v1/users': () => ({
      body: {
        items: [operator(), operator({ id: 8, username: 'gl.old', enabled: false })],
        page: 1,
        size: 10,
        total: 2,
      },
    }),
  });
}

describe('DistrictDetailPage', () => {
  it('leads on: its townships, its places in the rounds that opened, and its users for a city admin', async () => {
    const { calls } = serve();
    renderApp('/districts/1');
    const quota = await screen.findByRole('region', { name: '申报名额使用' }, SLOW);
    expect(await within(quota).findByRole('link', { name: '2023年度培育' })).toHaveAttribute(
      'href',
      '/rounds/5',
    );
    expect(within(quota).getByText('已用 1 / 2')).toBeVisible();
    // a round still in draft has no places yet
    expect(within(quota).queryByText('2024年度培育')).not.toBeInTheDocument();

    const users = screen.getByRole('region', { name: '用户' });
    expect(await within(users).findByText('gl.operator')).toBeVisible();
    expect(within(users).getByText('已停用')).toBeVisible();
    const userQuery = calls.find((c) => c.url.pathname === '/api/v1/users')?.url.searchParams;
    expect(userQuery?.get('districtId')).toBe('1');
    expect(screen.getByRole('region', { name: '下辖乡镇' })).toBeVisible();
    await expectNoSeriousA11yViolations();
  });

  it('shows a district admin the places but not the accounts (users are the city admin’s)', async () => {
    const { calls } = serve('DISTRICT_ADMIN');
    renderApp('/districts/1');
    const quota = await screen.findByRole('region', { name: '申报名额使用' }, SLOW);
    expect(await within(quota).findByText('已用 1 / 2')).toBeVisible();
    expect(screen.queryByRole('region', { name: '用户' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/v1/users')).toBe(false);
  });
});
