import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { round } from '../../../testing/fixtures';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { ranking } from '../testData';

function mockRanking(me = testUser()) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: me }),
    'GET /api/v1/rounds': () => ({
      body: { items: [round({ id: 5 })], page: 1, size: 100, total: 1 },
    }),
    'GET /api/v1/rounds/{roundId}/ranking': () => ({
      body: ranking(),
      headers: { ETag: '"4"' },
    }),
    'POST /api/v1/rounds/{roundId}/ranking/moves': () => {
      const moved = ranking();
      const [first, second, third] = moved.entries;
      return {
        body: {
          ...moved,
          version: 5,
          entries: [
            first!,
            { ...third!, position: 2, moved: true, justification: '已获省级媒体报道' },
            { ...second!, position: 3 },
          ],
        },
        headers: { ETag: '"5"' },
      };
    },
  });
}

describe('the provincial ranking', () => {
  it('moves a candidate with the keyboard buttons, after a justification', async () => {
    const { calls } = mockRanking();
    const { container } = renderApp('/ranking?roundId=5');
    const list = await screen.findByRole('list', { name: '省级推荐候选名单' }, { timeout: 15_000 });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((li) => /^第 \d 名\S+/.exec(li.textContent)?.[0])).toEqual([
      '第 1 名东关街道',
      '第 2 名湾头镇',
      '第 3 名汤汪乡',
    ]);
    expect(screen.getByRole('button', { name: '上移 东关街道' })).toBeDisabled();
    await expectNoSeriousA11yViolations(container);

    await userEvent.click(screen.getByRole('button', { name: '上移 汤汪乡' }));
    const dialog = await dialogTitled('调整排序');
    expect(dialog).toHaveTextContent('将“汤汪乡”从第 3 名调到第 2 名。');
    await userEvent.click(within(dialog).getByRole('button', { name: '调整' }));
    expect(await within(dialog).findByText('请填写调整理由')).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: '调整理由' }),
      '已获省级媒体报道',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '调整' }));
    expect(await screen.findByText('已将“汤汪乡”调到第 2 名')).toBeInTheDocument();
    const [move] = calls.filter((c) => c.method === 'POST');
    expect(move!.headers.get('If-Match')).toBe('"4"');
    expect(move!.body).toEqual({ nominationId: 9, position: 2, justification: '已获省级媒体报道' });
    expect(await screen.findByText('调整理由：已获省级媒体报道')).toBeVisible();
  });

  it('offers the exports to everyone who sees it, but no reordering to the assessor', async () => {
    mockRanking(testUser({ role: 'CITY_ASSESSOR' }));
    renderApp('/ranking?roundId=5');
    await screen.findByRole('list', { name: '省级推荐候选名单' }, { timeout: 15_000 });
    expect(screen.queryByRole('button', { name: '上移 汤汪乡' })).toBeNull();
    expect(screen.queryByRole('button', { name: '确认排序' })).toBeNull();
    expect(screen.getByRole('link', { name: /导出排序 CSV/ })).toHaveAttribute(
      'href',
      '/api/v1/rounds/5/ranking/export?format=csv',
    );
    expect(screen.getByRole('link', { name: /导出考核结果 Excel/ })).toHaveAttribute(
      'href',
      '/api/v1/rounds/5/results/export?format=xlsx',
    );
  });
});
