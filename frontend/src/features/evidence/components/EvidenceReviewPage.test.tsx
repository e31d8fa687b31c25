import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption, dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { framework, round, roundDistrict } from '../../../testing/fixtures';
import { mockApi, problem, testUser, type Handlers } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { queueItem, queuePage } from '../testData';

const districtAdmin = testUser({ role: 'DISTRICT_ADMIN', districtId: 1, districtName: '广陵区' });
const assessor = testUser({ role: 'CITY_ASSESSOR' });

const rows = [
  queueItem(),
  queueItem({
    nominationId: 8,
    townshipId: 12,
    townshipName: '湾头镇',
    indicatorCode: '1',
    indicatorTitle: '压实乡村振兴工作责任',
    revision: 3,
  }),
  queueItem({
    nominationId: 9,
    townshipId: 13,
    townshipName: '汤汪乡',
    state: 'DISTRICT_APPROVED',
  }),
];

function mockQueue(me = districtAdmin, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: me }),
    'GET /api/v1/rounds': () => ({
      body: {
        items: [round({ id: 5, name: '2091年度培育批次', current: true })],
        page: 1,
        size: 100,
        total: 1,
      },
    }),
    'GET /api/v1/rounds/{roundId}/indicators': () => ({ body: framework() }),
    'GET /api/v1/rounds/{roundId}/districts': () => ({ body: [roundDistrict()] }),
    'GET /api/v1/evidence': () => ({ body: queuePage(rows) }),
    ...overrides,
  });
}

function queueRequests(calls: { method: string; url: URL }[]) {
  return calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/evidence');
}

describe('the evidence review queue', () => {
  it('starts at the current round and keeps filters, paging and sort in the URL', async () => {
    const { calls } = mockQueue();
    const app = renderApp('/evidence/review');
    expect(
      await screen.findByRole('heading', { level: 1, name: '佐证材料审核' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(app.location()).toBe('/evidence/review?roundId=5');
    });
    await screen.findByText('湾头镇', {}, { timeout: 15_000 });

    await chooseOption('按状态筛选', '已提交');
    await waitFor(() => {
      expect(app.location()).toBe('/evidence/review?roundId=5&state=SUBMITTED');
    });
    await chooseOption('按指标筛选', '15 精准实施全民参保计划');
    await waitFor(() => {
      expect(app.location()).toBe('/evidence/review?roundId=5&indicatorCode=15&state=SUBMITTED');
    });
    const last = queueRequests(calls).at(-1)!;
    expect(last.url.searchParams.get('roundId')).toBe('5');
    expect(last.url.searchParams.get('indicatorCode')).toBe('15');
    expect(last.url.searchParams.getAll('state')).toEqual(['SUBMITTED']);
  });

  it('asks the API for exactly what a bookmarked URL says', async () => {
    const { calls } = mockQueue(assessor);
    renderApp(
      '/evidence/review?roundId=5&districtId=1&state=DISTRICT_APPROVED,SUBMITTED&sort=-updatedAt&page=2',
    );
    await screen.findByText('汤汪乡', {}, { timeout: 15_000 });
    const first = queueRequests(calls)[0]!;
    const params = first.url.searchParams;
    expect(params.get('roundId')).toBe('5');
    expect(params.get('districtId')).toBe('1');
    expect(params.getAll('state')).toEqual(['SUBMITTED', 'DISTRICT_APPROVED']);
    expect(params.get('sort')).toBe('-updatedAt');
    expect(params.get('page')).toBe('2');
    // City roles filter by district; the district is named in the filter.
    expect(screen.getByRole('combobox', { name: '按县市区筛选' })).toBeInTheDocument();
  });

  it('approves the selected rows after a confirmation listing what will change', async () => {
    const { calls } = mockQueue(districtAdmin, {
      'POST /api/v1/evidence/review': ({ body }) => ({
        body: { action: body.action, items: [] },
      }),
    });
    const { container } = renderApp('/evidence/review?roundId=5');
    await screen.findByText('湾头镇', {}, { timeout: 15_000 });
    // Only submitted rows can be approved by the district.
    expect(screen.getByRole('checkbox', { name: '选择 汤汪乡 的指标 15' })).toBeDisabled();
    const bulk = screen.getByRole('button', { name: '批量审核通过（0）' });
    expect(bulk).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 东关街道 的指标 15' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 湾头镇 的指标 1' }));
    await userEvent.click(screen.getByRole('button', { name: '批量审核通过（2）' }));

    const dialog = await dialogTitled('批量审核通过');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '东关街道 · 15 精准实施全民参保计划（第 2 版）',
      '湾头镇 · 1 压实乡村振兴工作责任（第 3 版）',
    ]);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: '审核通过 2 项' }));
    expect(await screen.findByText('已审核通过 2 项')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      action: 'APPROVE',
      items: [
        { nominationId: 7, indicatorCode: '15', revision: 2 },
        { nominationId: 8, indicatorCode: '1', revision: 3 },
      ],
    });
    await expectNoSeriousA11yViolations(container);
  });

  it('on a phone shows each item as a card and approves the cards picked', async () => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 375 });
    try {
      const { calls } = mockQueue(districtAdmin, {
        'POST /api/v1/evidence/review': ({ body }) => ({
          body: { action: body.action, items: [] },
        }),
      });
      const { container } = renderApp('/evidence/review?roundId=5');
      await screen.findByText('湾头镇', {}, { timeout: 15_000 });
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      const card = screen
        .getByRole('link', { name: '查看 湾头镇 的 1 压实乡村振兴工作责任' })
        .closest('li')!;
      // labelled fields, as in every card list
      expect(
        within(card)
          .getAllByRole('term')
          .map((term) => term.textContent),
      ).toContain('状态');
      expect(screen.getByRole('checkbox', { name: '选择 汤汪乡 的指标 15' })).toBeDisabled();
      await userEvent.click(within(card).getByRole('checkbox', { name: '选择 湾头镇 的指标 1' }));
      await userEvent.click(screen.getByRole('button', { name: '批量审核通过（1）' }));
      const dialog = await dialogTitled('批量审核通过');
      await userEvent.click(within(dialog).getByRole('button', { name: '审核通过 1 项' }));
      expect(await screen.findByText('已审核通过 1 项')).toBeInTheDocument();
      expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
        action: 'APPROVE',
        items: [{ nominationId: 8, indicatorCode: '1', revision: 3 }],
      });
      await expectNoSeriousA11yViolations(container);
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1024 });
    }
  });

  it('names the items that made a bulk acceptance fail (nothing changed)', async () => {
    mockQueue(assessor, {
      'POST /api/v1/evidence/review': () =>
        problem(409, '部分项目不能采纳', {
          violations: [{ field: 'items[0]', message: '该项已被退回' }],
        }),
    });
    renderApp('/evidence/review?roundId=5');
    await screen.findByText('汤汪乡', {}, { timeout: 15_000 });
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 汤汪乡 的指标 15' }));
    await userEvent.click(screen.getByRole('button', { name: '批量采纳（1）' }));
    const dialog = await dialogTitled('批量采纳');
    await userEvent.click(within(dialog).getByRole('button', { name: '采纳 1 项' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('未做任何更改');
    expect(refusal).toHaveTextContent('汤汪乡 · 15 精准实施全民参保计划：该项已被退回');
  });
});
