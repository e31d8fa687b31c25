import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Nomination, NominationAction } from '../../../lib/api/types';
import { dialogTitled } from '../../../testing/antd';
import { mockApi, testUser, type Handlers } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { deadline, nomination, plan } from '../testData';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const ALL_BUTTONS = [
  '提交方案',
  '通过方案',
  '退回补充',
  '报送考核',
  '推荐为省级候选',
  '取消省级候选',
  '命名',
  '不予命名',
  '撤回申报',
];

function mockDetail(shown: Partial<Nomination>, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'DISTRICT_ADMIN', districtId: 1 }) }),
    'GET /api/v1/nominations/{nominationId}': () => ({
      body: nomination({ deadlines: [deadline({ deadline: inDays(30) })], ...shown }),
      headers: { ETag: '"3"' },
    }),
    'GET /api/v1/nominations/{nominationId}/plan': () => ({
      body: plan(),
      headers: { ETag: '"2"' },
    }),
    'GET /api/v1/nominations/{nominationId}/plan/revisions': () => ({
      body: { items: [], page: 1, size: 10, total: 0 },
    }),
    ...overrides,
  });
}

function withActions(allowedActions: NominationAction[], state: Nomination['state'] = 'NOMINATED') {
  return { allowedActions, state };
}

describe('NominationDetailPage actions', () => {
  it.each<[NominationAction[], string[]]>([
    [
      ['SUBMIT_PLAN', 'WITHDRAW'],
      ['提交方案', '撤回申报'],
    ],
    [
      ['APPROVE_PLAN', 'RETURN_PLAN'],
      ['通过方案', '退回补充'],
    ],
    [
      ['SELECT_PROVINCIAL', 'SUBMIT_FOR_ASSESSMENT'],
      ['报送考核', '推荐为省级候选'],
    ],
    [[], []],
  ])('offers exactly the allowed actions %j', async (allowed, offered) => {
    mockDetail(withActions(allowed));
    renderApp('/nominations/7');
    await screen.findByRole('heading', { level: 1, name: '东关街道' }, { timeout: 15_000 });
    // approving and returning sit in the plan's review panel: wait for the plan
    await screen.findByText(/当前为第 2 版/);
    for (const name of ALL_BUTTONS) {
      const button = screen.queryByRole('button', { name });
      if (offered.includes(name)) expect(button).toBeInTheDocument();
      else expect(button).not.toBeInTheDocument();
    }
  });

  it('asks before acting and sends the version it shows', async () => {
    const { calls } = mockDetail(withActions(['SUBMIT_PLAN']), {
      'POST /api/v1/nominations/{nominationId}/submit-plan': () => ({
        body: nomination({ state: 'PLAN_SUBMITTED', allowedActions: [] }),
        headers: { ETag: '"4"' },
      }),
    });
    renderApp('/nominations/7');
    await userEvent.click(await screen.findByRole('button', { name: '提交方案' }));
    const dialog = await dialogTitled('提交培育方案');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: '提交方案' }));

    expect(await screen.findByText('已提交“东关街道”的培育方案')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/nominations/7/submit-plan');
    expect(post.headers.get('If-Match')).toBe('"3"');
    // The state the server answered is shown, and the action is no longer offered.
    expect(await screen.findByText('方案已提交')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交方案' })).not.toBeInTheDocument();
  });

  it('needs a written reason to withdraw', async () => {
    const { calls } = mockDetail(withActions(['WITHDRAW']), {
      'POST /api/v1/nominations/{nominationId}/withdraw': () => ({
        body: nomination({ state: 'WITHDRAWN', decisionReason: '乡镇调整', allowedActions: [] }),
      }),
    });
    renderApp('/nominations/7');
    await userEvent.click(await screen.findByRole('button', { name: '撤回申报' }));
    const dialog = await dialogTitled('撤回申报');
    expect(within(dialog).getByText(/释放一个申报名额，且不可恢复/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '撤回申报' }));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: '撤回原因' }), ' 乡镇调整 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '撤回申报' }));
    await waitFor(() => {
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: '乡镇调整' });
    });
    expect(await screen.findByText('撤回原因：')).toBeInTheDocument();
    expect(screen.getByText('乡镇调整')).toBeInTheDocument();
  });

  it('shows a refused transition readably and refreshes what may be done', async () => {
    let allowed: NominationAction[] = ['SUBMIT_PLAN'];
    const { calls } = mockDetail(
      {},
      {
        'GET /api/v1/nominations/{nominationId}': () => ({
          body: nomination({ allowedActions: allowed, deadlines: [] }),
          headers: { ETag: '"3"' },
        }),
        'POST /api/v1/nominations/{nominationId}/submit-plan': () => {
          allowed = [];
          return {
            status: 409,
            body: {
              type: 'urn:fumin:problem:invalid-transition',
              title: '当前状态不允许此操作',
              status: 409,
              detail: '该创建对象的方案已由他人提交',
              allowedActions: [],
            },
          };
        },
      },
    );
    renderApp('/nominations/7');
    await userEvent.click(await screen.findByRole('button', { name: '提交方案' }));
    const dialog = await dialogTitled('提交培育方案');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交方案' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('当前状态不允许此操作')).toBeVisible();
    expect(within(alert).getByText('该创建对象的方案已由他人提交')).toBeVisible();
    // Closing the explanation shows what holds now: the action is gone.
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => {
      expect(calls.filter((c) => c.url.pathname === '/api/v1/nominations/7')).toHaveLength(2);
    });
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: '提交方案' })).not.toBeInTheDocument();
    });
  });

  it('shows why the plan was returned', async () => {
    mockDetail({ state: 'NOMINATED', returnReason: '请补充时间节点的具体成果' });
    renderApp('/nominations/7');
    expect(await screen.findByText('培育方案已被退回补充，退回原因：')).toBeInTheDocument();
    expect(screen.getByText('请补充时间节点的具体成果')).toBeInTheDocument();
  });
});

describe('DeadlineBanner', () => {
  it('warns under a week and tells who reopened the deadline and why', async () => {
    mockDetail(
      { deadlines: [deadline({ deadline: inDays(3), reopened: true })] },
      {
        'GET /api/v1/rounds/{roundId}/reopenings': () => ({
          body: [
            {
              id: 1,
              roundId: 5,
              townshipId: 11,
              townshipName: '东关街道',
              districtId: 1,
              phase: 'DEPLOYMENT',
              until: inDays(3),
              reason: '汛期延误',
              createdBy: '市管理员',
              createdAt: '2091-08-01T09:00:00+08:00',
            },
          ],
        }),
      },
    );
    renderApp('/nominations/7');
    const banner = await screen.findByRole('region', { name: '截止时间提醒' });
    expect(banner).toHaveClass('ant-alert-warning');
    expect(within(banner).getByText(/^部署阶段截止时间：.*（北京时间）$/)).toBeInTheDocument();
    expect(within(banner).getByText(/^还剩 [23] 天/)).toBeInTheDocument();
    expect(
      await within(banner).findByText(
        '市管理员 于 2091-08-01 09:00 为本乡镇延长了此截止时间，原因：汛期延误',
      ),
    ).toBeInTheDocument();
  });

  it('is calm while the deadline is far and red once it has passed', async () => {
    mockDetail({ deadlines: [deadline({ deadline: inDays(30) })] });
    const first = renderApp('/nominations/7');
    expect(await screen.findByRole('region', { name: '截止时间提醒' })).toHaveClass(
      'ant-alert-info',
    );
    first.unmount();

    mockDetail({
      deadlines: [deadline({ deadline: '2091-07-31T23:59:00+08:00', passed: true })],
    });
    renderApp('/nominations/7');
    const banner = await screen.findByRole('region', { name: '截止时间提醒' });
    expect(banner).toHaveClass('ant-alert-error');
    expect(
      within(banner).getByText('部署阶段已于 2091-07-31 23:59（北京时间）截止'),
    ).toBeInTheDocument();
  });

  it('is not shown once the nomination has reached a final state', async () => {
    mockDetail({ state: 'NAMED' });
    renderApp('/nominations/7');
    await screen.findByRole('heading', { level: 1, name: '东关街道' });
    expect(screen.queryByRole('region', { name: '截止时间提醒' })).not.toBeInTheDocument();
  });
});
