import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NominationAction, Plan } from '../../../../lib/api/types';
import { dialogTitled } from '../../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../../testing/axe';
import { mockApi, testUser, type Handlers } from '../../../../testing/mockApi';
import { renderApp } from '../../../../testing/render';
import { nomination, plan } from '../../testData';

const SUBMITTED = {
  action: 'SUBMITTED' as const,
  by: '乡镇经办人',
  at: '2091-09-02T09:00:00+08:00',
  reason: null,
};

/** The approved revision 2 and the change under review, revision 3. */
const approved = plan({
  revision: 2,
  status: 'APPROVED',
  approvedRevision: 2,
  reviewedRevision: 2,
});
const change = plan({
  revision: 3,
  content: '## 建设内容\n\n- 建设零工市场和就业驿站\n- 开展技能培训',
  responsiblePerson: '王主任',
  status: 'CHANGE_SUBMITTED',
  approvedRevision: 2,
  reviewedRevision: 2,
  lastReview: SUBMITTED,
  milestones: [
    ...approved.milestones,
    {
      dueOn: '2091-10-01',
      deliverable: '就业驿站投入使用',
      status: 'PLANNED',
      completionNote: null,
      evidence: ['15'],
      overdue: false,
    },
  ],
});

function mockReview(allowedActions: NominationAction[], current: Plan, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'DISTRICT_ADMIN', districtId: 1 }) }),
    'GET /api/v1/nominations/{nominationId}': () => ({
      body: nomination({ allowedActions, state: 'IN_PROGRESS', deadlines: [] }),
      headers: { ETag: '"4"' },
    }),
    'GET /api/v1/nominations/{nominationId}/plan': () => ({
      body: current,
      headers: { ETag: `"${String(current.revision)}"` },
    }),
    'GET /api/v1/nominations/{nominationId}/plan/revisions/{revision}': () => ({ body: approved }),
    'GET /api/v1/nominations/{nominationId}/plan/revisions': () => ({
      body: { items: [], page: 1, size: 10, total: 0 },
    }),
    ...overrides,
  });
}

describe('the district reviewing a plan change', () => {
  it('sees the changes since the last reviewed revision marked, not an edit form', async () => {
    mockReview(['APPROVE_PLAN_CHANGE', 'RETURN_PLAN_CHANGE'], change);
    renderApp('/nominations/7');
    const panel = await screen.findByRole('region', { name: '审核方案' }, { timeout: 15_000 });
    expect(within(panel).getByText(/第 3 版由 乡镇经办人 于/)).toBeInTheDocument();
    const diff = await within(panel).findByRole('region', { name: '第 2 版到第 3 版的修改' });
    expect(within(diff).getByText('和就业驿站').tagName).toBe('INS');
    expect(within(diff).getByText('李站长').tagName).toBe('DEL');
    expect(within(diff).getByText('王主任').tagName).toBe('INS');
    expect(within(diff).getByText('新增节点')).toBeInTheDocument();
    expect(within(diff).getByText('就业驿站投入使用')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '建设内容' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存方案' })).not.toBeInTheDocument();
    await expectNoSeriousA11yViolations();
  });

  it('reads the whole plan rendered, with milestones linking to their evidence', async () => {
    mockReview(['APPROVE_PLAN_CHANGE', 'RETURN_PLAN_CHANGE'], change);
    renderApp('/nominations/7');
    const panel = await screen.findByRole('region', { name: '审核方案' }, { timeout: 15_000 });
    await userEvent.click(within(panel).getByRole('tab', { name: '方案全文' }));
    // The plan's own "## 建设内容" continues the outline under the h3 of the plan's content.
    const headings = await within(panel).findAllByRole('heading', { level: 4, name: '建设内容' });
    expect(headings.some((h) => h.closest('.markdown-view') !== null)).toBe(true);
    expect(within(panel).getByRole('link', { name: '指标 15' })).toHaveAttribute(
      'href',
      '/nominations/7/evidence/15',
    );
  });

  it('approves after confirming, with the nomination ETag', async () => {
    const { calls } = mockReview(['APPROVE_PLAN_CHANGE', 'RETURN_PLAN_CHANGE'], change, {
      'POST /api/v1/nominations/{nominationId}/approve-plan-change': () => ({
        body: nomination({ state: 'IN_PROGRESS', allowedActions: [], deadlines: [] }),
        headers: { ETag: '"5"' },
      }),
    });
    renderApp('/nominations/7');
    await userEvent.click(
      await screen.findByRole('button', { name: '通过变更' }, { timeout: 15_000 }),
    );
    const confirm = await dialogTitled('通过方案变更');
    await userEvent.click(within(confirm).getByRole('button', { name: '通过变更' }));
    await waitFor(() => {
      expect(calls.some((c) => c.method === 'POST')).toBe(true);
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/nominations/7/approve-plan-change');
    expect(post.headers.get('If-Match')).toBe('"4"');
  });

  it('returns only with a reason', async () => {
    const { calls } = mockReview(['APPROVE_PLAN_CHANGE', 'RETURN_PLAN_CHANGE'], change, {
      'POST /api/v1/nominations/{nominationId}/return-plan-change': () => ({
        body: nomination({ state: 'IN_PROGRESS', allowedActions: [], deadlines: [] }),
        headers: { ETag: '"5"' },
      }),
    });
    renderApp('/nominations/7');
    await userEvent.click(
      await screen.findByRole('button', { name: '退回变更' }, { timeout: 15_000 }),
    );
    const dialog = await dialogTitled('退回方案变更');
    await userEvent.click(within(dialog).getByRole('button', { name: '退回变更' }));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: '退回原因' }),
      '驿站选址未落实',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '退回变更' }));
    await waitFor(() => {
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: '驿站选址未落实' });
    });
  });

  it('has nothing to compare on a first submission and offers approve and return', async () => {
    mockReview(
      ['APPROVE_PLAN', 'RETURN_PLAN'],
      plan({ revision: 1, status: 'SUBMITTED', lastReview: SUBMITTED }),
    );
    renderApp('/nominations/7');
    const panel = await screen.findByRole('region', { name: '审核方案' }, { timeout: 15_000 });
    expect(within(panel).getByText('首次提交，尚无审核过的版本可供对比。')).toBeInTheDocument();
    expect(within(panel).queryByRole('tab', { name: /对比/ })).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '通过方案' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '退回补充' })).toBeInTheDocument();
  });
});
