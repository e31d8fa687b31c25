import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NominationStatistics, Round, RoundDashboard } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { districtPage, townshipPage } from '../../../testing/fixtures';
import { mockApi, testUser, type Handlers } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

// jsdom has no canvas; the dashboard's own tests check what the charts are given.
vi.mock('../dashboard/EChart', () => ({ EChart: () => null }));

const DAY = 86_400_000;

/** A timestamp `days` from now (negative: in the past). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}

/** 09:00 UTC (17:00 in Beijing) on the day that puts it ten days and a little from now. */
function tenDaysAhead(): string {
  const at = new Date(Date.now() + 10 * DAY);
  at.setUTCHours(9, 0, 0, 0);
  if (at.getTime() < Date.now() + 10 * DAY) at.setTime(at.getTime() + DAY);
  return at.toISOString();
}

function round(overrides: Partial<Round>): Round {
  return {
    id: 9,
    year: 2093,
    name: '2093年度就业富民乡村振兴基地培育',
    frameworkId: 1,
    frameworkName: '培育标准',
    frameworkEdition: 1,
    state: 'OPEN',
    quotaCountyLevel: 2,
    quotaFunctionalZone: 1,
    phases: [
      { code: 'DEPLOYMENT', startsAt: daysFromNow(-30), endsAt: daysFromNow(-1) },
      // Ends at 09:00 UTC, 17:00 in Beijing, ten days (and a little) from now.
      {
        code: 'IMPLEMENTATION',
        startsAt: daysFromNow(-30),
        endsAt: tenDaysAhead(),
      },
      { code: 'PROVINCIAL_SELECTION', startsAt: daysFromNow(-30), endsAt: daysFromNow(40) },
      { code: 'ASSESSMENT', startsAt: daysFromNow(50), endsAt: daysFromNow(80) },
      { code: 'CLOSING', startsAt: daysFromNow(81), endsAt: daysFromNow(90) },
    ],
    current: false,
    allowedActions: [],
    version: 0,
    createdAt: '2093-01-05T09:00:00+08:00',
    updatedAt: '2093-01-05T09:00:00+08:00',
    ...overrides,
  };
}

// Nominations per state as the server would count them for the caller.
const COUNTS: Record<string, number> = {
  all: 9,
  NOMINATED: 1,
  PLAN_SUBMITTED: 2,
  IN_PROGRESS: 3,
  SUBMITTED_FOR_ASSESSMENT: 1,
  NAMED: 0,
  NOT_NAMED: 0,
  WITHDRAWN: 2,
};

function emptyDashboard(roundId: number): RoundDashboard {
  return {
    roundId,
    asOf: daysFromNow(0),
    districts: [],
    townships: [],
    states: [],
    phases: [],
    evidence: {
      nominations: 0,
      standardTotal: 0,
      submitted: 0,
      districtApproved: 0,
      accepted: 0,
      returned: 0,
      missing: 0,
    },
    verdicts: {
      none: 0,
      proposedNamed: 0,
      proposedNotNamed: 0,
      confirmedNamed: 0,
      confirmedNotNamed: 0,
      publishedNamed: 0,
      publishedNotNamed: 0,
    },
  };
}

function handlers(rounds: Round[]): Handlers {
  return {
    'GET /api/v1/statistics/rounds/{roundId}/dashboard': ({ params }) => ({
      body: emptyDashboard(Number(params.roundId)),
    }),
    'GET /api/v1/districts': () => ({ body: districtPage([], 1, 1, 9) }),
    'GET /api/v1/townships': () => ({ body: townshipPage([], 1, 1, 80) }),
    'GET /api/v1/rounds': () => ({
      body: { items: rounds, page: 1, size: 100, total: rounds.length },
    }),
    'GET /api/v1/statistics/nominations': ({ url }) => ({
      body: {
        // two districts, so that the page has to add them up
        groups: Object.entries(COUNTS)
          .filter(([state, count]) => state !== 'all' && count > 0)
          .flatMap(([state, count]) => [
            { roundId: Number(url.searchParams.get('roundId')), districtId: 1, state, count: 1 },
            {
              roundId: Number(url.searchParams.get('roundId')),
              districtId: 2,
              state,
              count: count - 1,
            },
          ])
          .filter((g) => g.count > 0) as NominationStatistics['groups'],
      },
    }),
  };
}

describe('OverviewPage', () => {
  it('shows the current round: its state, the next deadline with the time left, nominations by state', async () => {
    const { calls } = mockApi(
      handlers([
        round({ id: 10, year: 2094, name: '2094年度培育批次', state: 'DRAFT' }),
        round({ current: true }),
      ]),
    );
    renderApp('/');
    const card = (
      await screen.findByRole('heading', { level: 2, name: '当前培育批次' })
    ).closest<HTMLElement>('.panel')!;
    expect(
      await within(card).findByRole('link', { name: '2093年度就业富民乡村振兴基地培育' }),
    ).toHaveAttribute('href', '/rounds/9');
    expect(within(card).queryByText('2094年度培育批次')).not.toBeInTheDocument();
    expect(within(card).getByText('进行中')).toBeVisible();
    const implementationEnd = `${tenDaysAhead().slice(0, 10)} 17:00`;
    expect(within(card).getByText(`实施阶段：${implementationEnd}（北京时间）`)).toBeVisible();
    expect(within(card).getByText(/^还剩 1\d 天 \d+ 小时$/)).toBeVisible();

    const counts = within(card).getByRole('region', { name: '创建对象（按状态）' });
    expect(await within(counts).findByText('9')).toBeVisible();
    expect(within(counts).getByRole('link', { name: '培育中' })).toHaveAttribute(
      'href',
      '/nominations?round=9&state=IN_PROGRESS',
    );
    expect(within(counts).getByRole('link', { name: '全部' })).toHaveAttribute(
      'href',
      '/nominations?round=9',
    );
    expect(within(counts).getByText('3')).toBeVisible();
    expect(within(counts).getByText('统计范围：全市')).toBeVisible();
    const asked = calls
      .filter((c) => c.url.pathname === '/api/v1/statistics/nominations')
      .map((c) => Object.fromEntries(c.url.searchParams));
    expect(asked).toEqual([{ roundId: '9' }]);
    expect(calls.some((c) => c.url.pathname === '/api/v1/nominations')).toBe(false);

    // The district and township counts are still there.
    expect(await screen.findByText('80')).toBeVisible();
    await expectNoSeriousA11yViolations();
  });

  it('counts within the caller’s own township, and says so', async () => {
    mockApi({
      ...handlers([round({ current: true })]),
      'GET /api/v1/auth/me': () => ({
        body: testUser({
          role: 'TOWNSHIP_OPERATOR',
          districtId: 1,
          districtName: '广陵区',
          townshipId: 11,
          townshipName: '东关街道',
        }),
      }),
    });
    renderApp('/');
    expect(await screen.findByText('统计范围：东关街道')).toBeVisible();
  });

  it('says when every phase has closed', async () => {
    const closed = round({
      current: true,
      state: 'CLOSED',
      phases: [{ code: 'CLOSING', startsAt: daysFromNow(-20), endsAt: daysFromNow(-2) }],
    });
    mockApi(handlers([closed]));
    renderApp('/');
    expect(await screen.findByText('各阶段均已截止')).toBeVisible();
    expect(screen.getByText('已结束')).toBeVisible();
  });

  it('says there is no current round yet, and leads to the rounds', async () => {
    const { calls } = mockApi(handlers([]));
    renderApp('/');
    expect(await screen.findByText('尚未设立培育批次。')).toBeVisible();
    expect(screen.getByRole('link', { name: '查看培育批次' })).toHaveAttribute('href', '/rounds');
    expect(calls.some((c) => c.url.pathname === '/api/v1/statistics/nominations')).toBe(false);
    expect(await screen.findByText('80')).toBeVisible();
  });

  it('keeps every running round reachable and remembers the one chosen', async () => {
    const { calls } = mockApi(
      handlers([
        round({ id: 10, year: 2094, name: '2094年度培育批次', current: true }),
        round({ id: 9, year: 2093, name: '2093年度培育批次', state: 'ASSESSMENT' }),
        round({ id: 8, year: 2092, name: '2092年度培育批次', state: 'CLOSED' }),
      ]),
    );
    const app = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 2, name: '当前培育批次' }, { timeout: 15_000 }),
    ).toBeVisible();
    const running = await screen.findByRole('group', { name: /同时进行中的培育批次有 2 个/ });
    expect(
      within(running)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['2094年度培育批次', '2093年度培育批次']);
    await userEvent.click(within(running).getByRole('button', { name: '2093年度培育批次' }));
    expect(app.location()).toBe('/?round=9');
    expect(await screen.findByRole('heading', { level: 2, name: '培育批次' })).toBeVisible();
    expect(within(running).getByRole('button', { name: '2093年度培育批次' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(localStorage.getItem('fumin.round')).toBe('9');
    await screen.findByRole('region', { name: '全市看板' });
    expect(calls.some((c) => c.url.pathname === '/api/v1/statistics/rounds/9/dashboard')).toBe(
      true,
    );
  });

  it('opens on the round chosen last time rather than the server’s current one', async () => {
    localStorage.setItem('fumin.round', '9');
    mockApi(
      handlers([
        round({ id: 10, year: 2094, name: '2094年度培育批次', current: true }),
        round({ id: 9, year: 2093, name: '2093年度就业富民乡村振兴基地培育' }),
      ]),
    );
    renderApp('/');
    const card = (
      await screen.findByRole('heading', { level: 2, name: '培育批次' }, { timeout: 15_000 })
    ).closest<HTMLElement>('.panel')!;
    expect(
      await within(card).findByRole('link', { name: '2093年度就业富民乡村振兴基地培育' }),
    ).toHaveAttribute('href', '/rounds/9');
  });
});
