import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { NominationAction, Plan } from '../../../../lib/api/types';
import { dialogTitled } from '../../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../../testing/axe';
import { mockApi, testUser, type Handlers } from '../../../../testing/mockApi';
import { renderApp } from '../../../../testing/render';
import { emptyPlan, nomination, plan } from '../../testData';

/** Puts text into a field at once (typing it key by key re-renders the whole form each time). */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

function mockPlan(
  allowedActions: NominationAction[],
  current: () => { body: Plan; etag: string },
  overrides: Handlers = {},
) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({
      body: testUser({ role: 'TOWNSHIP_OPERATOR', townshipId: 11, townshipName: '东关街道' }),
    }),
    'GET /api/v1/nominations/{nominationId}': () => ({
      body: nomination({ allowedActions, deadlines: [] }),
      headers: { ETag: '"3"' },
    }),
    'GET /api/v1/nominations/{nominationId}/plan': () => {
      const { body, etag } = current();
      return { body, headers: { ETag: etag } };
    },
    'GET /api/v1/nominations/{nominationId}/plan/revisions': () => ({
      body: {
        items: [
          {
            revision: 2,
            kind: 'CHANGE',
            savedAt: '2091-08-20T10:30:00+08:00',
            savedBy: '乡镇经办人',
            milestoneCount: 2,
            reviews: [],
          },
        ],
        page: 1,
        size: 10,
        total: 1,
      },
    }),
    ...overrides,
  });
}

describe('the plan editor', () => {
  it('saves content and milestones with If-Match and shows the saved progress', async () => {
    const { calls } = mockPlan(
      ['EDIT_PLAN', 'SUBMIT_PLAN'],
      () => ({ body: emptyPlan(), etag: '"0"' }),
      {
        'PUT /api/v1/nominations/{nominationId}/plan': () => ({
          body: plan({
            revision: 1,
            milestones: [
              {
                dueOn: '2091-08-15',
                deliverable: '成立工作领导小组',
                status: 'DONE',
                completionNote: '已发文',
                evidence: [],
                overdue: false,
              },
            ],
            progress: { total: 1, done: 1, overdue: 0, percent: 100 },
          }),
          headers: { ETag: '"1"' },
        }),
      },
    );
    renderApp('/nominations/7');
    const content = await screen.findByRole('textbox', { name: '建设内容' }, { timeout: 15_000 });
    await userEvent.click(content);
    await userEvent.paste('## 工作目标\n- 建设零工市场');
    await fill(screen.getByRole('textbox', { name: '责任人' }), '李站长');
    await fill(screen.getByRole('textbox', { name: '联系电话' }), '0514-87000000');
    await userEvent.click(screen.getByRole('button', { name: '添加时间节点' }));
    const milestone = screen.getByRole('group', { name: '时间节点 1' });
    await userEvent.type(
      within(milestone).getByRole('textbox', { name: '完成时限' }),
      '2091-08-15{Enter}',
    );
    await fill(within(milestone).getByRole('textbox', { name: '工作成果' }), '成立工作领导小组');
    await userEvent.click(within(milestone).getByRole('combobox', { name: '状态' }));
    await userEvent.click(await screen.findByTitle('已完成'));
    await fill(within(milestone).getByRole('textbox', { name: '完成情况说明' }), '已发文');
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));

    expect(await screen.findByText('方案已保存（第 1 版）')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.body).toEqual({
      content: '## 工作目标\n- 建设零工市场',
      responsiblePerson: '李站长',
      contactPhone: '0514-87000000',
      milestones: [
        {
          dueOn: '2091-08-15',
          deliverable: '成立工作领导小组',
          status: 'DONE',
          completionNote: '已发文',
          evidence: [],
        },
      ],
    });
    expect(await screen.findByText('已完成 1 / 1 个时间节点')).toBeInTheDocument();
  });

  it('refuses an incomplete milestone before asking the server', async () => {
    const { calls } = mockPlan(['EDIT_PLAN'], () => ({ body: emptyPlan(), etag: '"0"' }));
    renderApp('/nominations/7');
    await userEvent.click(await screen.findByRole('button', { name: '添加时间节点' }));
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));
    expect(await screen.findByText('请选择完成时限')).toBeInTheDocument();
    expect(screen.getByText('请填写工作成果')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('tells the user someone else saved first and reloads the newest revision', async () => {
    let current = { body: plan(), etag: '"2"' };
    const { calls } = mockPlan(['EDIT_PLAN'], () => current, {
      'PUT /api/v1/nominations/{nominationId}/plan': () => ({
        status: 412,
        body: { type: 'urn:fumin:problem:precondition-failed', title: '版本已变化', status: 412 },
      }),
    });
    renderApp('/nominations/7');
    const person = await screen.findByRole('textbox', { name: '责任人' });
    await userEvent.clear(person);
    await userEvent.type(person, '王站长');
    await userEvent.click(screen.getByRole('button', { name: '保存方案' }));
    expect(await screen.findByText('方案已被他人保存了新版本')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.headers.get('If-Match')).toBe('"2"');

    current = { body: plan({ revision: 3, responsiblePerson: '赵站长' }), etag: '"3"' };
    await userEvent.click(screen.getByRole('button', { name: '重新加载最新版本' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: '责任人' })).toHaveValue('赵站长');
    });
    expect(screen.queryByText('方案已被他人保存了新版本')).not.toBeInTheDocument();
  });

  it('asks before leaving the page with unsaved changes', async () => {
    mockPlan(['EDIT_PLAN'], () => ({ body: plan(), etag: '"2"' }), {
      'GET /api/v1/rounds': () => ({ body: { items: [], page: 1, size: 100, total: 0 } }),
    });
    const app = renderApp('/nominations/7');
    await fill(await screen.findByRole('textbox', { name: '联系电话' }), '-1');
    const crumbs = screen.getByRole('navigation', { name: '当前位置' });
    await userEvent.click(within(crumbs).getByRole('link', { name: '创建对象' }));
    const ask = await dialogTitled('有未保存的修改');
    await userEvent.click(within(ask).getByRole('button', { name: '留在本页' }));
    expect(app.location()).toBe('/nominations/7');
    expect(screen.getByRole('textbox', { name: '联系电话' })).toHaveValue('0514-87000000-1');

    await userEvent.click(within(crumbs).getByRole('link', { name: '创建对象' }));
    await userEvent.click(
      within(await dialogTitled('有未保存的修改')).getByRole('button', { name: '离开' }),
    );
    await waitFor(() => {
      expect(app.location()).toBe('/nominations?round=5');
    });
  });

  it('previews Markdown without letting raw HTML through', async () => {
    mockPlan(['EDIT_PLAN'], () => ({ body: emptyPlan(), etag: '"0"' }));
    renderApp('/nominations/7');
    await userEvent.click(await screen.findByRole('textbox', { name: '建设内容' }));
    await userEvent.paste(
      '# 工作目标\n\n<img src="x" onerror="alert(1)"><script>alert(2)</script>\n\n**加粗**',
    );
    await userEvent.click(screen.getByText('预览'));
    const preview = screen.getByRole('region', { name: '建设内容预览' });
    expect(
      within(preview).getByRole('heading', { level: 4, name: '工作目标' }),
    ).toBeInTheDocument();
    expect(within(preview).getByText('加粗').tagName).toBe('STRONG');
    expect(preview.querySelector('img, script')).toBeNull();
    await expectNoSeriousA11yViolations();
  });
});

describe('the plan for readers', () => {
  it('shows the plan read-only with its timeline, overdue milestones and progress', async () => {
    mockPlan([], () => ({ body: plan(), etag: '"2"' }));
    renderApp('/nominations/7');
    const section = await screen.findByRole('region', { name: '培育工作实施方案' });
    expect(
      await within(section).findByRole('heading', { level: 4, name: '建设内容' }),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: '保存方案' })).not.toBeInTheDocument();
    expect(within(section).getByText('已完成 1 / 2 个时间节点')).toBeInTheDocument();
    expect(within(section).getByText('逾期 1 个')).toBeInTheDocument();
    const timeline = within(section).getByRole('list', { name: '时间节点时间轴' });
    const overdue = within(timeline).getByText('零工市场挂牌运营').closest('li')!;
    expect(within(overdue).getByText('已逾期')).toBeInTheDocument();
    expect(within(section).getByRole('progressbar', { name: '方案完成进度' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    await expectNoSeriousA11yViolations();
  });

  it('opens an earlier revision read-only', async () => {
    const { calls } = mockPlan([], () => ({ body: plan({ revision: 2 }), etag: '"2"' }), {
      'GET /api/v1/nominations/{nominationId}/plan/revisions/{revision}': () => ({
        body: plan({
          revision: 1,
          responsiblePerson: '初版责任人',
          milestones: [],
          progress: { total: 0, done: 0, overdue: 0, percent: 0 },
        }),
      }),
    });
    renderApp('/nominations/7');
    await userEvent.click(await screen.findByRole('button', { name: '查看第 2 版' }));
    const dialog = await dialogTitled('培育方案第 2 版（只读）');
    expect(await within(dialog).findByText('初版责任人')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/v1/nominations/7/plan/revisions/2')).toBe(
      true,
    );
  });

  describe('on a phone', () => {
    afterEach(() => {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1024 });
    });

    it('lists the revisions as cards, each opening its revision', async () => {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: 375 });
      mockPlan([], () => ({ body: plan({ revision: 2 }), etag: '"2"' }));
      const { container } = renderApp('/nominations/7');
      const revisions = await screen.findByRole(
        'region',
        { name: '修订记录' },
        { timeout: 15_000 },
      );
      const cards = await within(revisions).findAllByRole('listitem');
      expect(cards).toHaveLength(1);
      expect(within(cards[0]!).getByText('第 2 版')).toBeInTheDocument();
      expect(within(cards[0]!).getByText('乡镇经办人')).toBeInTheDocument();
      expect(within(cards[0]!).getByRole('button', { name: '查看第 2 版' })).toBeInTheDocument();
      expect(within(revisions).queryByRole('table')).not.toBeInTheDocument();
      await expectNoSeriousA11yViolations(container);
    });
  });
});
