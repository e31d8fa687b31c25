import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

describe('the public results page', () => {
  it('lists a year’s named bases and revoked titles without signing in', async () => {
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => problem(401, '未登录'),
      'GET /api/v1/public/results': ({ url }) => ({
        body: {
          year: Number(url.searchParams.get('year')),
          named: [
            {
              townshipCode: '321002001',
              townshipName: '东关街道',
              districtCode: '321002',
              districtName: '广陵区',
              documentNumber: '扬人社发〔2025〕88号',
              namedOn: '2025-12-01',
            },
          ],
          revoked: [],
        },
      }),
      'GET /api/v1/public/cases': ({ url }) => ({
        body: {
          items:
            url.searchParams.get('year') === '2025'
              ? [
                  {
                    id: 7,
                    districtName: '广陵区',
                    townshipName: '东关街道',
                    year: 2025,
                    title: '零工市场带动家门口就业',
                    summary: '东关街道建成零工市场。',
                    // 20:00 UTC is the next day in Beijing
                    publishedAt: '2025-11-30T20:00:00Z',
                  },
                ]
              : [],
          page: 1,
          size: 100,
          total: url.searchParams.get('year') === '2025' ? 1 : 0,
        },
      }),
    });
    const app = renderApp('/public/results?year=2025');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '就业富民乡村振兴基地名单公示' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const named = await screen.findByRole('region', { name: '2025 年度命名的基地' });
    expect(within(named).getByRole('cell', { name: '东关街道' })).toBeInTheDocument();
    expect(within(named).getByRole('cell', { name: '扬人社发〔2025〕88号' })).toBeInTheDocument();
    expect(screen.getByText('该年度没有撤销的称号。')).toBeInTheDocument();
    const cases = await screen.findByRole('region', { name: '2025 年度发布的典型案例' });
    expect(within(cases).getByRole('link', { name: '零工市场带动家门口就业' })).toHaveAttribute(
      'href',
      '/public/cases/7',
    );
    expect(within(cases).getByRole('cell', { name: '2025-12-01' })).toBeInTheDocument();
    const casesCall = calls.find((c) => c.url.pathname === '/api/v1/public/cases');
    expect(casesCall!.url.searchParams.get('year')).toBe('2025');
    // Nobody was asked to sign in, and the session was never asked for.
    expect(app.location()).toBe('/public/results?year=2025');
    expect(calls.some((c) => c.url.pathname === '/api/v1/auth/me')).toBe(false);
    await expectNoSeriousA11yViolations(app.container);

    await chooseOption('选择公示年度', '2024 年度');
    await waitFor(() => {
      expect(app.location()).toBe('/public/results?year=2024');
    });
    expect(calls.at(-1)!.url.searchParams.get('year')).toBe('2024');
    expect(await screen.findByText('该年度暂无发布的典型案例。')).toBeInTheDocument();
  });
});
