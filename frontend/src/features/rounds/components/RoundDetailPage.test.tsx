import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Round } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { round, roundDistrict } from '../../../testing/fixtures';
import { mockApi, problem, testUser, type Handlers } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

function detailHandlers(value: Round, extra: Handlers = {}): Handlers {
  return {
    'GET /api/v1/rounds/{roundId}': () => ({
      body: value,
      headers: { ETag: `"${value.version}"` },
    }),
    'GET /api/v1/rounds/{roundId}/districts': () => ({
      body: [
        roundDistrict(),
        roundDistrict({
          districtId: 7,
          districtCode: '321071',
          districtName: '扬州经济技术开发区',
          kind: 'FUNCTIONAL_ZONE',
          quota: 1,
          used: 1,
          provincialCandidates: [{ nominationId: 3, townshipId: 71, townshipName: '朴席镇' }],
        }),
      ],
    }),
    'GET /api/v1/rounds/{roundId}/reopenings': () => ({ body: [] }),
    ...extra,
  };
}

async function header() {
  await screen.findByRole('heading', { level: 1, name: round().name });
  return screen.getByRole('heading', { level: 1 }).closest<HTMLElement>('.page-header')!;
}

describe('RoundDetailPage', () => {
  beforeEach(() => {
    // In the implementation phase, after the deployment deadline, before the provincial one.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2023-09-22T11:00:00+08:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers exactly the actions the server allows', async () => {
    mockApi(detailHandlers(round({ allowedActions: ['START_ASSESSMENT', 'EDIT'] })));
    renderApp('/rounds/5');
    const top = await header();
    expect(within(top).getByRole('button', { name: '开始考核验收' })).toBeVisible();
    expect(within(top).getByRole('button', { name: `编辑 ${round().name}` })).toBeVisible();
    expect(within(top).queryByRole('button', { name: '开放申报' })).not.toBeInTheDocument();
    expect(within(top).queryByRole('button', { name: '结束批次' })).not.toBeInTheDocument();
  });

  it('offers nothing when the server allows nothing, and nothing to roles that do not manage rounds', async () => {
    mockApi(detailHandlers(round({ state: 'CLOSED', allowedActions: [] })));
    const first = renderApp('/rounds/5');
    const top = await header();
    expect(within(top).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /调整/ })).not.toBeInTheDocument();
    first.unmount();

    mockApi({
      ...detailHandlers(round({ allowedActions: ['START_ASSESSMENT', 'EDIT'] })),
      'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'VIEWER' }) }),
    });
    renderApp('/rounds/5');
    const viewerTop = await header();
    await screen.findByText('扬州经济技术开发区（321071）');
    expect(within(viewerTop).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /调整/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重新开放截止时间' })).not.toBeInTheDocument();
  });

  it('warns that the framework freezes, sends the ETag, and shows the new state', async () => {
    let state: Round = round({ allowedActions: ['START_ASSESSMENT', 'EDIT'] });
    const { calls } = mockApi(
      detailHandlers(state, {
        'GET /api/v1/rounds/{roundId}': () => ({
          body: state,
          headers: { ETag: `"${state.version}"` },
        }),
        'POST /api/v1/rounds/{roundId}/start-assessment': () => {
          state = round({ state: 'ASSESSMENT', allowedActions: ['CLOSE'], version: 4 });
          return { body: state, headers: { ETag: '"4"' } };
        },
      }),
    );
    renderApp('/rounds/5');
    const top = await header();
    await userEvent.click(within(top).getByRole('button', { name: '开始考核验收' }));
    const dialog = await screen.findByRole('dialog', { name: '开始考核验收' });
    expect(
      within(dialog).getByText(
        '本批次使用的培育标准“扬州市就业富民乡村振兴基地培育标准（第 1 版）”将被冻结，此后不能再修改其指标。',
      ),
    ).toBeVisible();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: '开始考核验收' }));
    await waitFor(() => {
      expect(within(top).getByText('考核验收')).toBeVisible();
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/rounds/5/start-assessment');
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(within(top).getByRole('button', { name: '结束批次' })).toBeVisible();
    expect(within(top).queryByRole('button', { name: '开始考核验收' })).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when refused, then shows the round as it is now', async () => {
    let current = round({ allowedActions: ['START_ASSESSMENT'] });
    mockApi(
      detailHandlers(current, {
        'GET /api/v1/rounds/{roundId}': () => ({
          body: current,
          headers: { ETag: `"${current.version}"` },
        }),
        'POST /api/v1/rounds/{roundId}/start-assessment': () => {
          // Someone else was quicker.
          current = round({ state: 'ASSESSMENT', allowedActions: ['CLOSE'], version: 4 });
          return problem(409, '当前状态不允许此操作', { detail: '该批次已由他人开始考核验收' });
        },
      }),
    );
    renderApp('/rounds/5');
    const top = await header();
    await userEvent.click(within(top).getByRole('button', { name: '开始考核验收' }));
    const dialog = await screen.findByRole('dialog', { name: '开始考核验收' });
    await userEvent.click(within(dialog).getByRole('button', { name: '开始考核验收' }));
    expect(await within(dialog).findByText('该批次已由他人开始考核验收')).toBeVisible();
    expect(within(dialog).getByText('当前状态不允许此操作')).toBeVisible();

    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(await within(top).findByRole('button', { name: '结束批次' })).toBeVisible();
    expect(within(top).getByText('考核验收')).toBeVisible();
    expect(within(top).queryByRole('button', { name: '开始考核验收' })).not.toBeInTheDocument();
  });

  it('puts the phases on a timeline in Beijing time, marking the current ones with their countdown', async () => {
    mockApi(detailHandlers(round()));
    renderApp('/rounds/5');
    const timeline = (await screen.findByRole('heading', { level: 2, name: '时间安排' })).closest(
      'section',
    )!;
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      '部署阶段',
      '实施阶段',
      '省级遴选上报',
      '考核验收',
      '总结',
    ]);
    expect(within(items[0]!).getByText('已结束')).toBeVisible();
    expect(within(items[0]!).getByText('已截止')).toBeVisible();
    expect(within(items[1]!).getByText('进行中')).toBeVisible();
    expect(within(items[2]!).getByText('2023-07-01 00:00 至 2023-09-25 23:59')).toBeVisible();
    expect(within(items[2]!).getByText('还剩 3 天 12 小时')).toBeVisible();
    expect(within(items[3]!).getByText('未开始')).toBeVisible();
    expect(timeline.querySelectorAll('[aria-current="step"]')).toHaveLength(2);
  });

  it('shows quota, places used, a meter and provincial candidates per district', async () => {
    mockApi(detailHandlers(round()));
    renderApp('/rounds/5');
    const row = (await screen.findByText('扬州经济技术开发区（321071）')).closest('tr')!;
    expect(within(row).getByText('功能区')).toBeVisible();
    expect(within(row).getByText('朴席镇')).toBeVisible();
    expect(
      within(row).getByRole('progressbar', { name: '扬州经济技术开发区 名额使用情况' }),
    ).toBeInTheDocument();
    expect(within(row).getByText(/已用 1 \/ 1/)).toBeVisible();
    const guangling = screen.getByText('广陵区（321002）').closest('tr')!;
    expect(within(guangling).getByText('暂未遴选')).toBeVisible();
    await expectNoSeriousA11yViolations();
  });
});
