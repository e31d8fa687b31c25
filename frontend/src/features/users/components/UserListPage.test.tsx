import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../lib/api/types';
import { chooseOption, dialogTitled } from '../../../testing/antd';
import { district, districtPage, township, townshipPage } from '../../../testing/fixtures';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

function user(overrides: Partial<User> = {}): User {
  return {
    id: 7,
    username: 'zhang.san',
    displayName: '张三',
    role: 'TOWNSHIP_OPERATOR',
    districtId: 1,
    townshipId: 11,
    enabled: true,
    locked: true,
    mustChangePassword: true,
    version: 0,
    createdAt: '2026-01-05T09:00:00+08:00',
    updatedAt: '2026-01-05T09:00:00+08:00',
    ...overrides,
  };
}

function mockUsers() {
  return mockApi({
    'GET /api/v1/users': () => ({ body: { items: [user()], page: 1, size: 20, total: 1 } }),
    'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
    'GET /api/v1/townships': () => ({ body: townshipPage([township()]) }),
    'POST /api/v1/users': ({ body }) => ({
      status: 201,
      body: { user: user({ ...(body as Partial<User>), id: 8 }), initialPassword: 'Init-Pw-9x!k' },
    }),
    'POST /api/v1/users/{userId}/reset-password': () => ({
      body: { user: user(), initialPassword: 'Reset-Pw-3q!z' },
    }),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('user management', () => {
  it('lists users with their scope and status, filters in the URL', async () => {
    const { calls } = mockUsers();
    const app = renderApp('/users?role=TOWNSHIP_OPERATOR&enabled=true');
    await screen.findByRole('heading', { level: 1, name: '用户管理' });
    expect(await screen.findByText('广陵区 / 东关街道')).toBeInTheDocument();
    expect(screen.getByText('已锁定')).toBeInTheDocument();
    expect(screen.getByText('须修改密码')).toBeInTheDocument();
    const list = calls.find((c) => c.url.pathname === '/api/v1/users')!;
    expect(list.url.searchParams.get('role')).toBe('TOWNSHIP_OPERATOR');
    expect(list.url.searchParams.get('enabled')).toBe('true');
    expect(app.location()).toBe('/users?role=TOWNSHIP_OPERATOR&enabled=true');
  });

  it('shows only the scope field that fits the role', async () => {
    mockUsers();
    renderApp('/users');
    await userEvent.click(await screen.findByRole('button', { name: '新增用户' }));
    const dialog = await screen.findByRole('dialog');
    const scopeFields = () => ({
      district: within(dialog).queryByRole('combobox', { name: '所属县市区' }),
      township: within(dialog).queryByRole('combobox', { name: '所属乡镇' }),
    });
    expect(scopeFields()).toEqual({ district: null, township: null });

    await chooseOption('角色', '县（市、区）管理员');
    expect(scopeFields().district).toBeInTheDocument();
    expect(scopeFields().township).toBeNull();

    await chooseOption('角色', '乡镇经办人');
    expect(scopeFields().district).toBeNull();
    expect(scopeFields().township).toBeInTheDocument();

    await chooseOption('角色', '查看者');
    expect(scopeFields().district).toBeInTheDocument();
    expect(within(dialog).getByText(/可选：限定查看者/)).toBeInTheDocument();

    await chooseOption('角色', '市级审核员');
    expect(scopeFields()).toEqual({ district: null, township: null });
  });

  it('shows the initial password once, copyable, and sends only the fitting scope', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { calls } = mockUsers();
    renderApp('/users');
    await userEvent.click(await screen.findByRole('button', { name: '新增用户' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('用户名'), 'li.si');
    await userEvent.type(within(dialog).getByLabelText('姓名'), '李四');
    await chooseOption('角色', '乡镇经办人');
    await chooseOption('所属乡镇', '广陵区 / 东关街道');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    const secret = await dialogTitled('用户已创建');
    expect(within(secret).getByText(/只显示这一次/)).toBeInTheDocument();
    expect(within(secret).getByLabelText('李四 的初始密码')).toHaveValue('Init-Pw-9x!k');
    await userEvent.click(within(secret).getByRole('button', { name: '复制' }));
    expect(writeText).toHaveBeenCalledWith('Init-Pw-9x!k');

    const create = calls.find((c) => c.method === 'POST')!;
    expect(create.body).toEqual({
      username: 'li.si',
      displayName: '李四',
      role: 'TOWNSHIP_OPERATOR',
      districtId: null,
      townshipId: 11,
    });
    expect(create.headers.get('Idempotency-Key')).toBeTruthy();

    await userEvent.click(within(secret).getByRole('button', { name: '我已保存，关闭' }));
    await waitFor(() => {
      expect(screen.queryByDisplayValue('Init-Pw-9x!k')).not.toBeInTheDocument();
    });
  });

  it('resets a password after confirmation and shows the new one once', async () => {
    const { calls } = mockUsers();
    renderApp('/users');
    await screen.findByRole('heading', { level: 1, name: '用户管理' });
    await screen.findByText('广陵区 / 东关街道', {}, { timeout: 3000 });
    await userEvent.click(screen.getByRole('button', { name: '重置密码：张三' }));
    const confirm = await dialogTitled('重置密码');
    expect(calls.some((c) => c.url.pathname.endsWith('/reset-password'))).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: '重置密码' }));
    const secret = await dialogTitled('密码已重置');
    expect(within(secret).getByLabelText('张三 的一次性密码')).toHaveValue('Reset-Pw-3q!z');
  });

  it('offers no disable action on the signed-in admin’s own row', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: testUser({ id: 1, displayName: '王管理' }) }),
      'GET /api/v1/users': () => ({
        body: {
          items: [
            user({
              id: 1,
              username: 'admin',
              displayName: '王管理',
              role: 'CITY_ADMIN',
              locked: false,
            }),
            user(),
          ],
          page: 1,
          size: 20,
          total: 2,
        },
      }),
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
      'GET /api/v1/townships': () => ({ body: townshipPage([township()]) }),
    });
    renderApp('/users');
    expect(await screen.findByRole('button', { name: '停用 张三' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '编辑 王管理' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '停用 王管理' })).not.toBeInTheDocument();
  });
});
