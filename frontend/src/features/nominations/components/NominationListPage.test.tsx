import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { dialogTitled } from '../../../testing/antd';
import { township, townshipPage } from '../../../testing/fixtures';
import { mockApi, testUser, type Handlers } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { nomination, nominationPage, round, roundDistrict } from '../testData';

const districtAdmin = testUser({
  role: 'DISTRICT_ADMIN',
  districtId: 1,
  districtName: '广陵区',
  displayName: '区管理员',
});
const current = round({ id: 5, year: 2091, name: '2091年度培育', current: true });
const older = round({ id: 4, year: 2090, name: '2090年度培育', current: false, state: 'CLOSED' });
const dongguan = nomination({ id: 7, townshipId: 11, townshipName: '东关街道' });

function mockPage(overrides: Handlers = {}, used = 1) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: districtAdmin }),
    'GET /api/v1/rounds': () => ({
      body: { items: [current, older], page: 1, size: 100, total: 2 },
    }),
    'GET /api/v1/rounds/{roundId}/districts': () => ({ body: [roundDistrict({ used, quota: 2 })] }),
    'GET /api/v1/nominations': () => ({ body: nominationPage([dongguan]) }),
    'GET /api/v1/townships': () => ({
      body: townshipPage([
        township({ id: 11, name: '东关街道', code: '321002001' }),
        township({ id: 12, name: '汶河街道', code: '321002002' }),
        township({ id: 13, name: '湾头镇', code: '321002101' }),
      ]),
    }),
    ...overrides,
  });
}

describe('NominationListPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the current round by default and asks for its nominations with the URL filters', async () => {
    const { calls } = mockPage();
    const app = renderApp('/nominations?state=NOMINATED&q=%E4%B8%9C&sort=-createdAt');
    // The first render in a file is the slowest (cold modules): allow for a busy machine.
    expect(
      await screen.findByRole('link', { name: '东关街道' }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: '培育批次' })).toBeInTheDocument();
    expect(screen.getByText('2091年度培育（进行中）')).toBeInTheDocument();
    const list = calls.find(
      (c) => c.url.pathname === '/api/v1/nominations' && c.url.searchParams.has('q'),
    )!;
    expect(Object.fromEntries(list.url.searchParams)).toEqual({
      page: '1',
      size: '20',
      sort: '-createdAt',
      q: '东',
      roundId: '5',
      state: 'NOMINATED',
    });
    // A district admin sees no district filter and no city overview.
    expect(screen.queryByRole('combobox', { name: '按县（市、区）筛选' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /省级候选推荐情况/ })).not.toBeInTheDocument();
    expect(app.location()).toContain('state=NOMINATED');
  });

  it('keeps the chosen round in the URL and starts again at page 1', async () => {
    const { calls } = mockPage();
    const app = renderApp('/nominations?page=2');
    await screen.findByRole('link', { name: '东关街道' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: '培育批次' }),
      '2090年度培育（已结束）',
    );
    await waitFor(() => {
      expect(app.location()).toBe('/nominations?round=4');
    });
    await waitFor(() => {
      expect(calls.at(-1)?.url.searchParams.get('roundId')).toBe('4');
    });
  });

  it('shows the quota meter and offers only townships not nominated yet', async () => {
    const { calls } = mockPage({
      'POST /api/v1/rounds/{roundId}/nominations': ({ body }) => ({
        status: 201,
        body: nomination({
          id: 8,
          townshipId: body.townshipId,
          townshipName: '湾头镇',
        }),
      }),
    });
    renderApp('/nominations');
    const meter = await screen.findByRole('progressbar', { name: '广陵区 名额使用情况' });
    expect(meter).toHaveAttribute('aria-valuetext', '已用 1 / 2');
    await userEvent.click(screen.getByRole('button', { name: '申报乡镇' }));
    const dialog = await dialogTitled('申报乡镇（街道）');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '乡镇（街道）' }));
    expect(await screen.findByText('湾头镇（321002101）')).toBeInTheDocument();
    expect(screen.getByText('汶河街道（321002002）')).toBeInTheDocument();
    expect(screen.queryByText('东关街道（321002001）')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('湾头镇（321002101）'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已申报“湾头镇”')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/rounds/5/nominations');
    expect(post.body).toEqual({ townshipId: 13 });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('disables nominating with an explanation when the quota is full', async () => {
    mockPage({}, 2);
    renderApp('/nominations');
    const meter = await screen.findByRole('progressbar', { name: '广陵区 名额使用情况' });
    expect(meter).toHaveAttribute('aria-valuetext', '已用 2 / 2');
    const nominate = screen.getByRole('button', { name: '申报乡镇' });
    expect(nominate).toBeDisabled();
    const hint = screen.getByText(/本批次的 2 个申报名额已用完/);
    expect(nominate).toHaveAttribute('aria-describedby', hint.id);
  });

  it('warns that nominations are refused once the deployment phase has closed', async () => {
    const closed = round({
      id: 5,
      phases: [
        {
          code: 'DEPLOYMENT',
          startsAt: '2091-07-01T00:00:00+08:00',
          endsAt: '2091-07-31T23:59:00+08:00',
        },
      ],
    });
    mockPage({
      'GET /api/v1/rounds': () => ({ body: { items: [closed], page: 1, size: 100, total: 1 } }),
    });
    vi.useFakeTimers({ now: Date.parse('2091-08-02T09:00:00+08:00'), toFake: ['Date'] });
    renderApp('/nominations');
    expect(
      await screen.findByText(
        /部署阶段已于 2091-07-31 23:59（北京时间）截止/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    // The server may still take it for a township whose deadline was reopened.
    expect(screen.getByRole('button', { name: '申报乡镇' })).toBeEnabled();
  });

  it('shows the server refusing a nomination beyond the quota', async () => {
    let used = 1;
    mockPage({
      'GET /api/v1/rounds/{roundId}/districts': () => ({
        body: [roundDistrict({ used, quota: 2 })],
      }),
      'POST /api/v1/rounds/{roundId}/nominations': () => {
        used = 2;
        return {
          status: 409,
          body: {
            type: 'urn:fumin:problem:quota-exhausted',
            title: '申报名额已用完',
            status: 409,
            detail: '广陵区在本批次的 2 个名额已全部使用',
          },
        };
      },
    });
    renderApp('/nominations');
    await userEvent.click(await screen.findByRole('button', { name: '申报乡镇' }));
    const dialog = await dialogTitled('申报乡镇（街道）');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '乡镇（街道）' }));
    await userEvent.click(await screen.findByText('湾头镇（321002101）'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('申报名额已用完')).toBeVisible();
    expect(within(alert).getByText('广陵区在本批次的 2 个名额已全部使用')).toBeVisible();
    // The meter behind the dialog catches up with the server.
    expect(await screen.findByRole('progressbar', { name: '广陵区 名额使用情况' })).toHaveAttribute(
      'aria-valuetext',
      '已用 2 / 2',
    );
    await waitFor(() => {
      expect(screen.getByRole('button', { name: '申报乡镇' })).toBeDisabled();
    });
  });

  it('gives city roles a district filter and every district’s provincial candidates', async () => {
    const { calls } = mockPage({
      'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'CITY_ASSESSOR' }) }),
      'GET /api/v1/rounds/{roundId}/districts': () => ({
        body: [
          roundDistrict({
            provincialCandidates: [{ nominationId: 7, townshipId: 11, townshipName: '东关街道' }],
          }),
          roundDistrict({ districtId: 2, districtCode: '321003', districtName: '邗江区', used: 0 }),
        ],
      }),
    });
    const app = renderApp('/nominations?districtId=2');
    const overview = await screen.findByRole('region', {
      name: '各县（市、区）名额与省级候选推荐情况',
    });
    const row = (await within(overview).findByText('邗江区')).closest('tr')!;
    expect(within(row).getByText('尚未推荐')).toBeInTheDocument();
    expect(within(overview).getByRole('link', { name: '东关街道' })).toHaveAttribute(
      'href',
      '/nominations/7',
    );
    expect(screen.queryByRole('button', { name: '申报乡镇' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(calls.some((c) => c.url.searchParams.get('districtId') === '2')).toBe(true);
    });
    expect(screen.getByRole('combobox', { name: '按县（市、区）筛选' })).toBeInTheDocument();
    expect(app.location()).toBe('/nominations?districtId=2');
    await expectNoSeriousA11yViolations();
  });

  it('says so when there is no round yet', async () => {
    mockPage({
      'GET /api/v1/rounds': () => ({ body: { items: [], page: 1, size: 100, total: 0 } }),
    });
    renderApp('/nominations');
    expect(await screen.findByText(/尚无培育批次/)).toBeInTheDocument();
  });
});
