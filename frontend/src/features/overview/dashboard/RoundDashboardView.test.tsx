import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoundDashboard } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { renderWithProviders } from '../../../testing/render';
import { mockApi } from '../../../testing/mockApi';
import RoundDashboardView from './RoundDashboardView';
import {
  evidenceRows,
  progressRows,
  quotaRows,
  stateRows,
  totals,
  type EvidenceRow,
} from './figures';

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
      evidence: {
        nominations: 2,
        standardTotal: 34,
        submitted: 20,
        districtApproved: 15,
        accepted: 10,
        returned: 1,
        missing: 14,
      },
    },
    {
      districtId: 2,
      districtCode: '321003',
      districtName: '邗江区',
      kind: 'COUNTY_LEVEL',
      quota: 2,
      used: 1,
      provincialCandidates: 0,
      evidence: {
        nominations: 1,
        standardTotal: 17,
        submitted: 17,
        districtApproved: 17,
        accepted: 17,
        returned: 0,
        missing: 0,
      },
    },
    {
      districtId: 3,
      districtCode: '321090',
      districtName: '开发区',
      kind: 'FUNCTIONAL_ZONE',
      quota: 0,
      used: 0,
      provincialCandidates: 0,
      evidence: {
        nominations: 0,
        standardTotal: 0,
        submitted: 0,
        districtApproved: 0,
        accepted: 0,
        returned: 0,
        missing: 0,
      },
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
      evidence: {
        nominations: 1,
        standardTotal: 17,
        submitted: 12,
        districtApproved: 10,
        accepted: 8,
        returned: 1,
        missing: 5,
      },
      judgements: { met: 14, notMet: 1, needsSupplement: 1, pending: 1 },
      verdict: { status: 'NONE' },
      bonusRecognised: [],
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
      evidence: {
        nominations: 1,
        standardTotal: 17,
        submitted: 8,
        districtApproved: 5,
        accepted: 2,
        returned: 0,
        missing: 9,
      },
      judgements: null,
      verdict: { status: 'NONE' },
      bonusRecognised: [],
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
      evidence: {
        nominations: 1,
        standardTotal: 17,
        submitted: 17,
        districtApproved: 17,
        accepted: 17,
        returned: 0,
        missing: 0,
      },
      judgements: { met: 17, notMet: 0, needsSupplement: 0, pending: 0 },
      verdict: { status: 'PUBLISHED', decision: 'NAMED' },
      bonusRecognised: ['B1'],
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
      judgements: null,
      verdict: { status: 'NONE' },
      bonusRecognised: [],
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
  evidence: {
    nominations: 3,
    standardTotal: 51,
    submitted: 37,
    districtApproved: 32,
    accepted: 27,
    returned: 1,
    missing: 14,
  },
  verdicts: {
    none: 2,
    proposedNamed: 0,
    proposedNotNamed: 0,
    confirmedNamed: 0,
    confirmedNotNamed: 0,
    publishedNamed: 1,
    publishedNotNamed: 0,
  },
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
      evidencePercent: 72,
      published: 1,
      named: 1,
    });
  });

  it('splits evidence into the step each item reached, per district (with nominations) or per township', () => {
    const steps = (rows: EvidenceRow[]) =>
      rows.map((r) => [
        r.name,
        r.accepted,
        r.approved,
        r.submitted,
        r.returned,
        r.missing,
        r.percent,
      ]);
    expect(steps(evidenceRows(DASHBOARD, false))).toEqual([
      ['广陵区', 10, 5, 5, 1, 13, 58],
      ['邗江区', 17, 0, 0, 0, 0, 100],
    ]);
    expect(steps(evidenceRows(DASHBOARD, true))).toEqual([
      ['东关街道', 8, 2, 2, 1, 4, 70],
      ['汶河街道', 2, 3, 3, 0, 9, 47],
      ['瓜洲镇', 17, 0, 0, 0, 0, 100],
    ]);
    // every item is in exactly one step
    for (const row of evidenceRows(DASHBOARD, true)) {
      expect(row.accepted + row.approved + row.submitted + row.returned + row.missing).toBe(
        row.total,
      );
    }
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
        '共 3 个创建对象：已申报 1 个，方案已提交 1 个，培育中 1 个。 另有已撤回 1 个。',
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
    // judgements, the verdict and bonus items in the township table
    expect(within(progress).getByRole('row', { name: /东关街道/ })).toHaveTextContent(
      '达标 14，未达标 1，需补充 1，待评定 1',
    );
    const named = within(progress).getByRole('row', { name: /瓜洲镇/ });
    expect(named).toHaveTextContent('已公布：命名');
    expect(named).toHaveTextContent('B1');

    const evidence = screen.getByRole('region', { name: '佐证材料完成情况' });
    expect(
      within(evidence).getByText(
        /2 个县市区共需提交标准指标佐证材料 51 项，已提交 37 项（72%），其中县市区已审核 32 项、市级已采纳 27 项；退回补充 1 项，尚缺 14 项（含退回）。/,
      ),
    ).toBeVisible();
    await user.click(within(evidence).getByText('表格'));
    const guangling = within(evidence).getByRole('row', { name: /广陵区/ });
    expect(within(guangling).getByRole('link', { name: '广陵区' })).toHaveAttribute(
      'href',
      '/districts/1',
    );
    expect(guangling).toHaveTextContent('广陵区105511358%');
    expect(within(evidence).queryByRole('row', { name: /开发区/ })).not.toBeInTheDocument();

    const deadlines = screen
      .getByRole('heading', { name: '截止时间' })
      .closest<HTMLElement>('.ant-card')!;
    expect(within(deadlines).getByRole('link', { name: '东关街道：逾期 2 个' })).toHaveAttribute(
      'href',
      '/nominations/11',
    );
    expect(within(deadlines).getByText('已截止')).toBeVisible();

    expect(screen.getByText('申报名额使用').closest('.ant-card')).toHaveTextContent('3 / 4');
    expect(screen.getByText('佐证材料提交率').closest('.ant-card')).toHaveTextContent('72%');
    expect(screen.getByText('已公布考核结论').closest('.ant-card')).toHaveTextContent(
      '1（命名 1）',
    );
    expect(calls.filter((c) => c.url.pathname.startsWith('/api/v1/statistics'))).toHaveLength(1);
    await expectNoSeriousA11yViolations();
  });

  it('leaves the quota chart out of a district’s dashboard', async () => {
    mockApi({ 'GET /api/v1/statistics/rounds/{roundId}/dashboard': () => ({ body: DASHBOARD }) });
    renderWithProviders(<RoundDashboardView roundId={9} district />);
    expect(await screen.findByRole('region', { name: '实施方案里程碑进度' }, SLOW)).toBeVisible();
    expect(screen.getByRole('region', { name: '本县市区看板' })).toBeVisible();
    expect(screen.queryByRole('region', { name: '各县市区名额使用' })).not.toBeInTheDocument();
    // evidence per township for a district
    const evidence = screen.getByRole('region', { name: '佐证材料完成情况' });
    expect(within(evidence).getByText(/^3 个乡镇共需提交/)).toBeVisible();
  });
});
