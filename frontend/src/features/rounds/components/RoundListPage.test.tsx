import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { round, roundPage } from '../../../testing/fixtures';
import { chooseOption, dialogTitled } from '../../../testing/antd';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

const current = round();
const draft = round({
  id: 6,
  year: 2024,
  name: '2024年度就业富民乡村振兴基地培育',
  state: 'DRAFT',
  current: false,
  frameworkId: 4,
  frameworkEdition: 2,
});

describe('RoundListPage', () => {
  it('asks for the page, sort and state in the URL and shows state, framework and the current round', async () => {
    const { calls } = mockApi({
      'GET /api/v1/rounds': () => ({ body: roundPage([draft, current], 2, 10, 12) }),
    });
    renderApp('/rounds?page=2&size=10&sort=name&state=DRAFT');

    expect(await screen.findByRole('heading', { level: 1, name: '培育批次' })).toBeVisible();
    const row = (await screen.findByRole('link', { name: current.name })).closest('tr')!;
    expect(within(row).getByText('2023')).toBeVisible();
    expect(within(row).getByText('进行中')).toBeVisible();
    expect(within(row).getByText('当前批次')).toBeVisible();
    expect(
      within(row).getByRole('link', { name: '扬州市就业富民乡村振兴基地培育标准（第 1 版）' }),
    ).toHaveAttribute('href', '/frameworks/1');
    const draftRow = screen.getByRole('link', { name: draft.name }).closest('tr')!;
    expect(within(draftRow).getByText('草稿')).toBeVisible();
    expect(within(draftRow).queryByText('当前批次')).not.toBeInTheDocument();

    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      page: '2',
      size: '10',
      sort: 'name',
      state: 'DRAFT',
    });
    expect(screen.getByRole('search')).toHaveTextContent('草稿');
    await expectNoSeriousA11yViolations();
  });

  it('filters by state through the URL, back to page 1', async () => {
    const { calls } = mockApi({ 'GET /api/v1/rounds': () => ({ body: roundPage([current]) }) });
    const app = renderApp('/rounds?page=3');
    await screen.findByRole('link', { name: current.name });
    await chooseOption('按状态筛选', '考核验收');
    await waitFor(() => {
      expect(app.location()).toBe('/rounds?state=ASSESSMENT');
    });
    await waitFor(() => {
      expect(calls.at(-1)!.url.searchParams.get('state')).toBe('ASSESSMENT');
    });
  });

  it('offers city admins a new round and opens it once created', async () => {
    mockApi({ 'GET /api/v1/rounds': () => ({ body: roundPage([current]) }) });
    renderApp('/rounds');
    await userEvent.click(await screen.findByRole('button', { name: '新建培育批次' }));
    const dialog = await dialogTitled('新建培育批次');
    expect(within(dialog).getByRole('spinbutton', { name: '年度' })).toBeInTheDocument();
  });

  it('offers other roles no new round', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'VIEWER' }) }),
      'GET /api/v1/rounds': () => ({ body: roundPage([current]) }),
    });
    renderApp('/rounds');
    await screen.findByRole('link', { name: current.name });
    expect(screen.queryByRole('button', { name: '新建培育批次' })).not.toBeInTheDocument();
  });
});
