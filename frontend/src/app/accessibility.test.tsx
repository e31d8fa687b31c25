import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../testing/axe';
import { district, districtPage, township, townshipPage } from '../testing/fixtures';
import { mockApi, problem } from '../testing/mockApi';
import { renderApp } from '../testing/render';

const guangling = district({ id: 1, name: '广陵区', townshipCount: 1 });
const dongguan = township({ id: 11, name: '东关街道', districtId: 1 });

function mockAll() {
  return mockApi({
    'GET /api/v1/districts': () => ({ body: districtPage([guangling], 1, 20, 45) }),
    'GET /api/v1/districts/:id': () => ({ body: guangling, headers: { ETag: '"0"' } }),
    'GET /api/v1/townships': () => ({ body: townshipPage([dongguan], 1, 20, 45) }),
    'GET /api/v1/townships/:id': () => ({ body: dongguan, headers: { ETag: '"0"' } }),
  });
}

describe('accessibility (axe-core, serious and critical)', () => {
  it.each([
    ['/', '概览'],
    ['/districts', '县市区管理'],
    ['/districts/1', '广陵区'],
    ['/townships', '乡镇管理'],
    ['/townships/11', '东关街道'],
    ['/nowhere', '页面不存在'],
  ])('%s', async (url, heading) => {
    mockAll();
    renderApp(url);
    await screen.findByRole('heading', { level: 1, name: heading });
    await expectNoSeriousA11yViolations();
  });

  it('district form and delete confirmation', async () => {
    mockAll();
    renderApp('/districts');
    await userEvent.click(await screen.findByRole('button', { name: '编辑 广陵区' }));
    await screen.findByDisplayValue('广陵区');
    await expectNoSeriousA11yViolations();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    await userEvent.click(screen.getByRole('button', { name: '删除 广陵区' }));
    await within(await screen.findByRole('dialog')).findByText(/确定要删除/);
    await expectNoSeriousA11yViolations();
  });

  it('sign-in page', async () => {
    mockApi({ 'GET /api/v1/auth/me': () => problem(401, '未登录') });
    renderApp('/login');
    await screen.findByRole('heading', { level: 1, name: '用户登录' });
    await expectNoSeriousA11yViolations();
  });

  it('township form', async () => {
    mockAll();
    renderApp('/townships');
    await userEvent.click(await screen.findByRole('button', { name: '新增乡镇' }));
    await screen.findByRole('combobox', { name: '所属县市区' });
    await expectNoSeriousA11yViolations();
  });
});
