import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../testing/axe';
import { district, districtPage, sessions, township, townshipPage } from '../testing/fixtures';
import { mockApi, problem, testUser } from '../testing/mockApi';
import { renderApp } from '../testing/render';

const guangling = district({ id: 1, name: '广陵区', townshipCount: 1 });
const dongguan = township({ id: 11, name: '东关街道', districtId: 1 });

function mockAll() {
  return mockApi({
    'GET /api/v1/districts': () => ({ body: districtPage([guangling], 1, 20, 45) }),
    'GET /api/v1/districts/{districtId}': () => ({ body: guangling, headers: { ETag: '"0"' } }),
    'GET /api/v1/townships': () => ({ body: townshipPage([dongguan], 1, 20, 45) }),
    'GET /api/v1/townships/{townshipId}': () => ({ body: dongguan, headers: { ETag: '"0"' } }),
    'GET /api/v1/users': () => ({
      body: {
        items: [
          {
            id: 7,
            username: 'zhang.san',
            displayName: '张三',
            role: 'DISTRICT_ADMIN',
            districtId: 1,
            enabled: true,
            locked: true,
            mustChangePassword: false,
            version: 0,
            createdAt: '2026-01-05T09:00:00+08:00',
            updatedAt: '2026-01-05T09:00:00+08:00',
          },
        ],
        page: 1,
        size: 20,
        total: 1,
      },
    }),
    'GET /api/v1/api-keys': () => ({
      body: {
        items: [
          {
            id: 3,
            name: '省平台同步',
            ownerSystem: '江苏省就业平台',
            prefix: 'fmk_ab12',
            scopes: ['read'],
            districtId: 1,
            previousValidUntil: '2026-02-01T09:00:00+08:00',
            rateLimitPerMinute: 60,
            active: true,
            version: 1,
            createdAt: '2026-01-05T09:00:00+08:00',
          },
        ],
        page: 1,
        size: 20,
        total: 1,
      },
    }),
    'GET /api/v1/audit-events': () => ({
      body: {
        items: [
          {
            id: 99,
            at: '2026-01-05T09:00:00+08:00',
            actorType: 'USER',
            actorName: 'admin',
            action: 'DISTRICT_UPDATED',
            entityType: 'DISTRICT',
            entityId: '1',
            before: { name: '广陵' },
            after: { name: '广陵区' },
            clientAddress: '10.0.0.8',
            requestId: 'req-1',
          },
        ],
        page: 1,
        size: 20,
        total: 1,
      },
    }),
    'GET /api/v1/auth/sessions': () => ({ body: sessions() }),
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
    ['/users', '用户管理'],
    ['/api-keys', 'API 密钥'],
    ['/audit', '审计日志'],
    ['/account', '我的账户'],
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

  it('user form', async () => {
    mockAll();
    renderApp('/users');
    await userEvent.click(await screen.findByRole('button', { name: '新增用户' }));
    await screen.findByRole('combobox', { name: '角色' });
    await expectNoSeriousA11yViolations();
  });

  it('audit entry details', async () => {
    mockAll();
    renderApp('/audit');
    await screen.findByRole('heading', { level: 1, name: '审计日志' });
    await screen.findByText('修改县市区', {}, { timeout: 3000 });
    await userEvent.click(screen.getByRole('button', { name: /展开/ }));
    await screen.findByText('10.0.0.8');
    await expectNoSeriousA11yViolations();
  });

  it('forced password change page', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: testUser({ mustChangePassword: true }) }),
    });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '请修改密码' });
    await expectNoSeriousA11yViolations();
  });

  it('"no access" page', async () => {
    mockApi({ 'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'VIEWER' }) }) });
    renderApp('/users');
    await screen.findByRole('heading', { level: 1, name: '无权访问' });
    await expectNoSeriousA11yViolations();
  });
});
