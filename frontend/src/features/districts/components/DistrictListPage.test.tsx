import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { district, districtPage } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

const guangling = district({ id: 1, code: '321002', name: '广陵区' });
const jiangdu = district({ id: 2, code: '321012', name: '江都区' });
const zone = district({ id: 3, code: '321071', name: '经济技术开发区', kind: 'FUNCTIONAL_ZONE' });

describe('DistrictListPage', () => {
  it('asks the API for the page, sort and filters in the URL and shows the rows', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([zone], 2, 10, 11) }),
    });
    renderApp('/districts?page=2&size=10&sort=-name&q=%E5%BC%80%E5%8F%91&kind=FUNCTIONAL_ZONE');

    expect(await screen.findByRole('heading', { level: 1, name: '县市区管理' })).toBeVisible();
    const row = (await screen.findByRole('link', { name: '经济技术开发区' })).closest('tr')!;
    expect(within(row).getByText('321071')).toBeVisible();
    expect(within(row).getByText('功能区')).toBeVisible();
    const query = Object.fromEntries(calls[0]!.url.searchParams);
    expect(query).toEqual({
      page: '2',
      size: '10',
      sort: '-name',
      q: '开发',
      kind: 'FUNCTIONAL_ZONE',
    });
    expect(screen.getByRole('searchbox', { name: '按名称或代码搜索县市区' })).toHaveValue('开发');
    expect(screen.getByText('共 11 条')).toBeVisible();
  });

  it('changes the URL when the user sorts by a column', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([guangling, jiangdu]) }),
    });
    const app = renderApp('/districts');
    await screen.findByRole('link', { name: '广陵区' });
    await userEvent.click(screen.getByRole('columnheader', { name: /名称/ }));
    await waitFor(() => {
      expect(app.location()).toBe('/districts?sort=name');
    });
    await waitFor(() => {
      expect(calls.at(-1)!.url.searchParams.get('sort')).toBe('name');
    });
  });

  it('debounces the search box into the URL and the request', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([jiangdu]) }),
    });
    const app = renderApp('/districts?page=3');
    await screen.findByRole('link', { name: '江都区' });
    await userEvent.type(screen.getByRole('searchbox', { name: '按名称或代码搜索县市区' }), '江都');
    await waitFor(() => {
      expect(app.location()).toBe(`/districts?q=${encodeURIComponent('江都')}`);
    });
    await waitFor(() => {
      expect(calls.at(-1)!.url.searchParams.get('q')).toBe('江都');
    });
    expect(calls.filter((c) => c.url.searchParams.has('q'))).toHaveLength(1);
  });

  it('shows the problem and request id when the list fails, and retries', async () => {
    let fail = true;
    mockApi({
      'GET /api/v1/districts': () =>
        fail
          ? problem(500, '服务器内部错误', { detail: '请稍后再试' })
          : { body: districtPage([guangling]) },
    });
    renderApp('/districts');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('服务器内部错误')).toBeVisible();
    expect(within(alert).getByText('请稍后再试')).toBeVisible();
    expect(within(alert).getByText('请求编号：req-500')).toBeVisible();
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('link', { name: '广陵区' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for confirmation, naming the district, before deleting it', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([guangling, jiangdu]) }),
      'DELETE /api/v1/districts/{districtId}': () => ({ status: 204 }),
    });
    renderApp('/districts');
    await userEvent.click(await screen.findByRole('button', { name: '删除 江都区' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('确定要删除“江都区”吗？此操作不可撤销。')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: '删除 江都区' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }),
    );
    await waitFor(() => {
      expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url.pathname)).toEqual([
        '/api/v1/districts/2',
      ]);
    });
    expect(await screen.findByText('已删除“江都区”')).toBeInTheDocument();
    // The list is fetched again after the delete.
    await waitFor(() => {
      expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThanOrEqual(2);
    });
  });

  it('shows the server explanation when a district still has townships', async () => {
    mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([guangling]) }),
      'DELETE /api/v1/districts/{districtId}': () =>
        problem(409, '仍被引用', { detail: '广陵区下还有 3 个乡镇，不能删除' }),
    });
    renderApp('/districts');
    await userEvent.click(await screen.findByRole('button', { name: '删除 广陵区' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    expect(await within(dialog).findByText('广陵区下还有 3 个乡镇，不能删除')).toBeVisible();
    expect(within(dialog).getByText('仍被引用')).toBeVisible();
  });

  it('names the townships and running nominations before deleting, then the server’s refusal', async () => {
    const withTownships = district({ id: 1, name: '广陵区', townshipCount: 3 });
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([withTownships, jiangdu]) }),
      'GET /api/v1/statistics/nominations': () => ({
        body: {
          groups: [
            { roundId: 5, districtId: 1, state: 'IN_PROGRESS', count: 1 },
            { roundId: 5, districtId: 1, state: 'NOMINATED', count: 1 },
            { roundId: 4, districtId: 1, state: 'NAMED', count: 2 },
            { roundId: 4, districtId: 1, state: 'WITHDRAWN', count: 1 },
          ],
        },
      }),
      'DELETE /api/v1/districts/{districtId}': () =>
        problem(409, '仍被引用', { detail: '“广陵区”下还有 3 个乡镇（街道），不能删除。' }),
    });
    renderApp('/districts');

    // A district without townships is deleted without counting anything.
    await userEvent.click(await screen.findByRole('button', { name: '删除 江都区' }));
    const plain = await screen.findByRole('dialog');
    expect(within(plain).queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(within(plain).getByRole('button', { name: '取消' }));
    expect(calls.some((c) => c.url.pathname === '/api/v1/statistics/nominations')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: '删除 广陵区' }));
    const dialog = await dialogTitled('确定要删除“广陵区”吗？此操作不可撤销。');
    expect(
      await within(dialog).findByText(
        /“广陵区”下辖 3 个乡镇。.*不能删除.*其中有 2 个创建对象正在培育或考核/,
      ),
    ).toBeVisible();
    const stats = calls.find((c) => c.url.pathname === '/api/v1/statistics/nominations');
    expect(stats?.url.searchParams.get('districtId')).toBe('1');

    await userEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    expect(
      await within(dialog).findByText('“广陵区”下还有 3 个乡镇（街道），不能删除。'),
    ).toBeVisible();
    expect(dialog).toBeVisible();
  });
});
