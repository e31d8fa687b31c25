import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoundDashboard } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { renderWithProviders } from '../../../testing/render';
import { mockApi } from '../../../testing/mockApi';
import RoundDashboardView from './RoundDashboardView';
import { progressRows, quotaRows, stateRows, totals } from './figures';

// jsdom has no canvas: the charts' figures are checked through their pure builders (figures.ts) and
// the table view, which shows the same figures.

const SLOW = { timeout: 15_000 };

const DASHBOARD: RoundDashboard = {
  roundId: 9,
  asOf: '2093-05-01T02:00:00Z',
  districts: [
    {
      districtId: 1,
      districtCode: '321002',
      districtName: '广陵区',
      kind: 'COUNTY_LEVEL',
      quota: 2,
      used: 2,
      provincialCandidates: 1,
    },
    {
      districtId: 2,
      districtCode: '321003',
      districtName: '邗江区',
      kind: 'COUNTY_LEVEL',
      quota: 2,
      used: 1,
      provincialCandidates: 0,
    },
    {
      districtId: 3,
      districtCode: '321090',
      districtName: '开发区',
      kind: 'FUNCTIONAL_ZONE',
      quota: 0,
      used: 0,
      provincialCandidates: 0,
    },
  ],
  townships: [
    {
      nominationId: 11,
      townshipId: 101,
      townshipCode: '321002001',
      townshipName: '东关街道',
      districtId: 1,
      state: 'IN_PROGRESS',
      provincialCandidate: true,
      milestones: {
        planRevision: 2,
        total: 4,
        done: 1,
        overdue: 2,
        nextDueOn: '2093-04-01',
        nextDeliverable: '建成零工市场',
      },
      nextDeadline: { phase: 'IMPLEMENTATION', deadline: '2093-10-31T09:00:00Z', reopened: false },
    },
    {
      nominationId: 12,
      townshipId: 102,
      townshipCode: '321002002',
      townshipName: '汶河街道',
      districtId: 1,
      state: 'NOMINATED',
      provincialCandidate: false,
      milestones: {
        planRevision: 0,
        total: 0,
        done: 0,
        overdue: 0,
        nextDueOn: null,
        nextDeliverable: null,
      },
      nextDeadline: null,
    },
    {
      nominationId: 13,
      townshipId: 201,
      townshipCode: '321003001',
      townshipName: '瓜洲镇',
      districtId: 2,
      state: 'PLAN_SUBMITTED',
      provincialCandidate: false,
      milestones: {
        planRevision: 1,
        total: 2,
        done: 0,
        overdue: 0,
        nextDueOn: '2093-06-30',
        nextDeliverable: '开展培训',
      },
      nextDeadline: null,
    },
    {
      nominationId: 14,
      townshipId: 202,
      townshipCode: '321003002',
      townshipName: '杨庙镇',
      districtId: 2,
      state: 'WITHDRAWN',
      provincialCandidate: false,
      milestones: {
        planRevision: 1,
        total: 3,
        done: 0,
        overdue: 3,
        nextDueOn: '2093-01-01',
        nextDeliverable: '—',
      },
      nextDeadline: null,
    },
  ],
  states: [
    { districtId: 1, state: 'IN_PROGRESS', count: 1 },
    { districtId: 1, state: 'NOMINATED', count: 1 },
    { districtId: 2, state: 'PLAN_SUBMITTED', count: 1 },
    { districtId: 2, state: 'WITHDRAWN', count: 1 },
  ],
  phases: [
    {
      code: 'DEPLOYMENT',
      startsAt: '2093-01-01T00:00:00Z',
      endsAt: '2093-03-01T09:00:00Z',
      passed: true,
    },
    {
      code: 'IMPLEMENTATION',
      startsAt: '2093-01-01T00:00:00Z',
      endsAt: '2093-10-31T09:00:00Z',
      passed: false,
    },
  ],
};

describe('dashboard figures', () => {
  it('adds up places and milestones, leaving withdrawn nominations out', () => {
    expect(totals(DASHBOARD)).toEqual({
      quota: 4,
      used: 3,
      active: 3,
      milestones: 6,
      done: 1,
      overdue: 2,
    });
  });

  it('never shows negative free places, and a zero quota as zero', () => {
    expect(quotaRows(DASHBOARD.districts).map((r) => [r.name, r.used, r.free])).toEqual([
      ['广陵区', 2, 0],
      ['邗江区', 1, 1],
      ['开发区', 0, 0],
    ]);
  });

  it('counts every funnel step, zero included, and the withdrawn apart', () => {
    const { steps, withdrawn } = stateRows(DASHBOARD);
    expect(steps.map((s) => s.count)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(withdrawn).toBe(1);
  });

  it('splits open milestones into on time and overdue', () => {
    expect(
      progressRows(DASHBOARD.townships).map((r) => [r.township, r.done, r.onTime, r.overdue]),
    ).toEqual([
      ['东关街道', 1, 1, 2],
      ['汶河街道', 0, 0, 0],
      ['瓜洲镇', 0, 2, 0],
    ]);
  });
});

describe('RoundDashboardView', () => {
  it('shows each figure from the one statistics answer in a summary and a table', async () => {
    const { calls } = mockApi({
      'GET /api/v1/statistics/rounds/{roundId}/dashboard': () => ({ body: DASHBOARD }),
    });
    renderWithProviders(<RoundDashboardView roundId={9} district={false} />);

    const quota = await screen.findByRole('region', { name: '各县市区名额使用' }, SLOW);
    expect(within(quota).getByText(/3 个县市区共有名额 4 个，已使用 3 个。/)).toBeVisible();
    const funnel = screen.getByRole('region', { name: '创建对象进展（按状态）' });
    expect(
      within(funnel).getByText(
        '共 3 个创建对象：已提名 1 个，方案已提交 1 个，培育中 1 个。 另有已撤回 1 个。',
      ),
    ).toBeVisible();

    const progress = screen.getByRole('region', { name: '实施方案里程碑进度' });
    expect(
      within(progress).getByText(
        /3 个乡镇共有里程碑 6 个：已完成 1 个，按期推进 3 个，逾期 2 个。/,
      ),
    ).toBeVisible();

    // The table view: the same figures, with links for the drill-down.
    const user = userEvent.setup();
    await user.click(within(quota).getByText('表格'));
    const row = within(quota).getByRole('row', { name: /邗江区/ });
    expect(within(row).getByRole('link', { name: '邗江区' })).toHaveAttribute(
      'href',
      '/districts/2',
    );
    expect(row).toHaveTextContent('邗江区121');
    await user.click(within(progress).getByText('表格'));
    expect(within(progress).getByRole('link', { name: '东关街道' })).toHaveAttribute(
      'href',
      '/nominations/11',
    );
    expect(within(progress).getByRole('row', { name: /汶河街道/ })).toHaveTextContent(
      '尚未填写方案',
    );

    const deadlines = screen
      .getByRole('heading', { name: '截止时间' })
      .closest<HTMLElement>('.ant-card')!;
    expect(within(deadlines).getByRole('link', { name: '东关街道：逾期 2 个' })).toHaveAttribute(
      'href',
      '/nominations/11',
    );
    expect(within(deadlines).getByText('已截止')).toBeVisible();

    expect(screen.getByText('申报名额使用').closest('.ant-card')).toHaveTextContent('3 / 4');
    expect(calls.filter((c) => c.url.pathname.startsWith('/api/v1/statistics'))).toHaveLength(1);
    await expectNoSeriousA11yViolations();
  });

  it('leaves the quota chart out of a district’s dashboard', async () => {
    mockApi({ 'GET /api/v1/statistics/rounds/{roundId}/dashboard': () => ({ body: DASHBOARD }) });
    renderWithProviders(<RoundDashboardView roundId={9} district />);
    expect(await screen.findByRole('region', { name: '实施方案里程碑进度' }, SLOW)).toBeVisible();
    expect(screen.getByRole('region', { name: '本县市区看板' })).toBeVisible();
    expect(screen.queryByRole('region', { name: '各县市区名额使用' })).not.toBeInTheDocument();
  });
});
