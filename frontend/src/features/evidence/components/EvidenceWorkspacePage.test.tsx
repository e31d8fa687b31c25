import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { commendationItem, nomination, organisationItem, overview, pensionItem } from '../testData';

const operator = testUser({ role: 'TOWNSHIP_OPERATOR', townshipId: 11, townshipName: '东关街道' });

function mockWorkspace() {
  const items = [
    organisationItem(),
    pensionItem({
      state: 'RETURNED',
      revision: 3,
      returnReason: '缺少参保名册',
      returnedBy: 'DISTRICT',
      allowedActions: ['SAVE', 'SUBMIT'],
      metrics: [{ ...pensionItem().metrics[0]!, value: 94.9, meetsThreshold: false }],
    }),
    commendationItem(),
  ];
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: operator }),
    'GET /api/v1/nominations/{nominationId}': () => ({
      body: nomination(),
      headers: { ETag: '"3"' },
    }),
    'GET /api/v1/nominations/{nominationId}/evidence': () => ({ body: overview(items) }),
    'POST /api/v1/nominations/{nominationId}/evidence/submit': () => ({ body: overview(items) }),
  });
}

describe('the evidence workspace', () => {
  it('groups the indicators by category with their state, the metric verdict and the return reason', async () => {
    mockWorkspace();
    const { container } = renderApp('/nominations/7/evidence');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '东关街道 · 佐证材料' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();

    const organisation = screen.getByRole('region', { name: '组织推动' });
    const first = within(organisation).getByRole('link', { name: /压实乡村振兴工作责任/ });
    expect(first).toHaveAttribute('href', '/nominations/7/evidence/1');
    expect(within(first).getByText('草稿')).toBeInTheDocument();

    const social = screen.getByRole('region', { name: '社会保障' });
    const pension = within(social).getByRole('link', { name: /精准实施全民参保计划/ });
    expect(within(pension).getByText('已退回')).toBeInTheDocument();
    expect(within(pension).getByText('未达标')).toBeInTheDocument();
    expect(within(pension).getByText('退回原因：缺少参保名册')).toBeInTheDocument();

    const bonus = screen.getByRole('region', { name: '加分项' });
    expect(within(bonus).getByText('未填写')).toBeInTheDocument();
    await expectNoSeriousA11yViolations(container);
  });

  it('shows the completeness as figures that add up to the standard indicators, and links the missing ones', async () => {
    mockWorkspace();
    renderApp('/nominations/7/evidence');
    const panel = await screen.findByRole('region', { name: '完成情况' }, { timeout: 15_000 });
    // Cumulative figures (5 submitted, 3 approved, 1 accepted) become parts: 1 + 2 + 2 + 12 = 17.
    expect(within(panel).getByRole('img')).toHaveAccessibleName(
      '17 项标准指标：市级已采纳 1 项，县市区已审核 2 项，已提交待审核 2 项，未提交 12 项',
    );
    expect(within(panel).getByText('已保存 6 项，其中被退回 1 项。')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: '指标 15' })).toHaveAttribute(
      'href',
      '/nominations/7/evidence/15',
    );
  });

  it('submits all saved items after a confirmation that lists them', async () => {
    const { calls } = mockWorkspace();
    renderApp('/nominations/7/evidence');
    await userEvent.click(
      await screen.findByRole('button', { name: '全部提交' }, { timeout: 15_000 }),
    );
    const dialog = await dialogTitled('提交佐证材料');
    const listed = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // The never-saved bonus item is not offered (no SUBMIT in its allowedActions).
    expect(listed).toEqual(['1 压实乡村振兴工作责任', '15 精准实施全民参保计划']);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: '提交 2 项' }));
    expect(await screen.findByText('已提交 2 项佐证材料')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
      '/api/v1/nominations/7/evidence/submit',
    ]);
  });
});
