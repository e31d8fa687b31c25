import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { round, roundDistrict } from '../../../testing/fixtures';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { revision, verdictRow } from '../testData';

const assessor = testUser({ role: 'CITY_ASSESSOR' });
const rows = [
  verdictRow(),
  verdictRow({
    nominationId: 8,
    townshipId: 12,
    townshipCode: '321002002',
    townshipName: '湾头镇',
    judged: 17,
    met: 17,
    proposal: 'NAMED',
    verdict: revision({ overridden: false, proposedDecision: 'NAMED' }),
  }),
];

function mockQueue() {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: assessor }),
    'GET /api/v1/rounds': () => ({
      body: { items: [round({ id: 5, name: '2091年度培育批次' })], page: 1, size: 100, total: 1 },
    }),
    'GET /api/v1/rounds/{roundId}/districts': () => ({ body: [roundDistrict()] }),
    'GET /api/v1/rounds/{roundId}/verdicts': () => ({ body: { roundId: 5, items: rows } }),
  });
}

const verdictRequests = (calls: { method: string; url: URL }[]) =>
  calls.filter((c) => c.url.pathname === '/api/v1/rounds/5/verdicts');

describe('the assessment queue', () => {
  it('starts at the current round and keeps filters, search and sort in the URL', async () => {
    const { calls } = mockQueue();
    const app = renderApp('/assessment');
    expect(
      await screen.findByRole('heading', { level: 1, name: '考核验收' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(app.location()).toBe('/assessment?roundId=5');
    });
    expect(
      await screen.findByRole('link', { name: '评审 湾头镇' }, { timeout: 15_000 }),
    ).toHaveAttribute('href', '/assessment/8');
    expect(screen.getByText('已评审 17 / 17 项')).toBeInTheDocument();
    expect(screen.getByText('命名为基地 · 已确认，待发布')).toBeInTheDocument();

    await chooseOption('按结论状态筛选', '已确认待发布');
    await waitFor(() => {
      expect(app.location()).toBe('/assessment?roundId=5&status=CONFIRMED');
    });
    expect(verdictRequests(calls).at(-1)!.url.searchParams.get('status')).toBe('CONFIRMED');

    await userEvent.type(screen.getByRole('searchbox', { name: '按名称或代码搜索乡镇' }), '湾头');
    await waitFor(() => {
      expect(decodeURIComponent(app.location())).toBe(
        '/assessment?roundId=5&q=湾头&status=CONFIRMED',
      );
    });
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: '评审 东关街道' })).toBeNull();
    });
    expect(screen.getByRole('link', { name: '评审 湾头镇' })).toBeInTheDocument();
  });

  it('sorts as a bookmarked URL says, and passes axe', async () => {
    mockQueue();
    const { container } = renderApp('/assessment?roundId=5&sort=-progress');
    await screen.findByRole('link', { name: '评审 湾头镇' }, { timeout: 15_000 });
    const links = screen.getAllByRole('link', { name: /^评审 / }).map((a) => a.textContent);
    expect(links).toEqual(['湾头镇', '东关街道']);
    await expectNoSeriousA11yViolations(container);
  });
});
