import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { aCase, aListItem } from './caseTestData';

const page = (items: ReturnType<typeof aListItem>[]) => ({
  items,
  page: 1,
  size: 20,
  total: items.length,
});

describe('CaseListPage', () => {
  it('asks for the filters in the URL and shows each case with its state', async () => {
    const { calls } = mockApi({
      'GET /api/v1/cases': () => ({
        body: page([aListItem(aCase({ state: 'SUBMITTED' }))]),
      }),
    });
    renderApp('/cases?state=SUBMITTED&year=2026&sort=-updatedAt');

    expect(await screen.findByRole('heading', { level: 1, name: '典型案例' })).toBeVisible();
    const row = (await screen.findByRole('link', { name: '零工市场带动家门口就业' })).closest(
      'tr',
    )!;
    expect(within(row).getByText('头桥镇')).toBeVisible();
    expect(within(row).getByText('已报送')).toBeVisible();
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      page: '1',
      size: '20',
      sort: '-updatedAt',
      state: 'SUBMITTED',
      year: '2026',
    });
    // the city reviews but does not write cases
    expect(screen.queryByRole('button', { name: /撰写典型案例/ })).toBeNull();
    await expectNoSeriousA11yViolations();
  });

  it('offers a district admin to write a case', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'DISTRICT_ADMIN', districtId: 3 }) }),
      'GET /api/v1/cases': () => ({ body: page([]) }),
    });
    renderApp('/cases');
    expect(await screen.findByRole('button', { name: /撰写典型案例/ })).toBeVisible();
  });
});
