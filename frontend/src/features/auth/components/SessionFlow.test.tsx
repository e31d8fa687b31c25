import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { district, districtPage } from '../../../testing/fixtures';
import { mockApi, problem, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

describe('session experience', () => {
  it('holds a user who must change their password on the change page, then returns them', async () => {
    let mustChange = true;
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({
        body: testUser({ username: 'zhang', mustChangePassword: mustChange }),
      }),
      'POST /api/v1/auth/password': ({ body }) => {
        const { newPassword } = body as { newPassword: string };
        if (newPassword === 'Reused-Passw0rd') {
          return problem(400, '请求未通过校验', {
            violations: [{ field: 'newPassword', message: '不能与最近使用过的密码相同' }],
          });
        }
        mustChange = false;
        return { status: 204 };
      },
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
    });
    const app = renderApp('/districts?sort=name');

    expect(
      await screen.findByRole('heading', { level: 1, name: '请修改密码' }),
    ).toBeInTheDocument();
    expect(app.location()).toBe(
      `/change-password?next=${encodeURIComponent('/districts?sort=name')}`,
    );
    // Nothing else was asked of the API meanwhile.
    expect(calls.some((c) => c.url.pathname === '/api/v1/districts')).toBe(false);

    // The whole policy is stated before anything is typed, naming the username it must not contain.
    expect(screen.getByLabelText('新密码')).toHaveAccessibleDescription(
      '密码规则：10–128 个字符，至少包含大写字母、小写字母、数字、符号中的三类；不能包含用户名“zhang”，不能是常见密码（或常见密码加上数字、符号），也不能与当前密码相同。',
    );
    await userEvent.type(screen.getByLabelText('当前密码'), 'Initial-1234');
    // The new password must differ from the current one; checked before sending.
    await userEvent.type(screen.getByLabelText('新密码'), 'Initial-1234');
    await userEvent.type(screen.getByLabelText('确认新密码'), 'Initial-1234');
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('新密码不能与当前密码相同')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('新密码'));
    await userEvent.clear(screen.getByLabelText('确认新密码'));
    // The policy is checked before sending.
    await userEvent.type(screen.getByLabelText('新密码'), 'zhang-Abc-12345');
    await userEvent.type(screen.getByLabelText('确认新密码'), 'zhang-Abc-12345');
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('新密码不能包含用户名')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/v1/auth/password')).toBe(false);

    // The server's own refusal appears under the field it names.
    await userEvent.clear(screen.getByLabelText('新密码'));
    await userEvent.type(screen.getByLabelText('新密码'), 'Reused-Passw0rd');
    await userEvent.clear(screen.getByLabelText('确认新密码'));
    await userEvent.type(screen.getByLabelText('确认新密码'), 'Reused-Passw0rd');
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('不能与最近使用过的密码相同')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('新密码'));
    await userEvent.type(screen.getByLabelText('新密码'), 'Fresh-Passw0rd');
    await userEvent.clear(screen.getByLabelText('确认新密码'));
    await userEvent.type(screen.getByLabelText('确认新密码'), 'Fresh-Passw0rd');
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: '县市区管理' }),
    ).toBeInTheDocument();
    expect(app.location()).toBe('/districts?sort=name');
    const change = calls.filter((c) => c.url.pathname === '/api/v1/auth/password').at(-1)!;
    expect(change.body).toEqual({ currentPassword: 'Initial-1234', newPassword: 'Fresh-Passw0rd' });
    expect(change.headers.get('X-CSRF-Token')).toBe('csrf-test-token');
  });

  it('routes to the change page when the API demands a password change', async () => {
    mockApi({
      'GET /api/v1/districts': () => ({
        status: 403,
        body: {
          type: 'urn:fumin:problem:password-change-required',
          title: '请先修改密码',
          status: 403,
        },
      }),
    });
    const app = renderApp('/districts');
    expect(
      await screen.findByRole('heading', { level: 1, name: '请修改密码' }),
    ).toBeInTheDocument();
    expect(app.location()).toBe(`/change-password?next=${encodeURIComponent('/districts')}`);
  });

  it('sends a user whose session expired to sign in, says why, and returns to the page', async () => {
    let expired = false;
    mockApi({
      'GET /api/v1/auth/me': () => (expired ? problem(401, '未登录') : { body: testUser() }),
      'POST /api/v1/auth/login': () => {
        expired = false;
        return { body: testUser() };
      },
      'GET /api/v1/districts': () =>
        expired ? problem(401, '未登录') : { body: districtPage([district()]) },
    });
    const app = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '概览' });

    expired = true;
    await userEvent.click(screen.getByRole('link', { name: '查看功能区' }));

    expect(await screen.findByText('会话已过期，请重新登录')).toBeInTheDocument();
    expect(app.location()).toMatch(
      new RegExp(`^/login\\?next=${encodeURIComponent('/districts?kind=FUNCTIONAL_ZONE')}`),
    );
    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => {
      expect(app.location()).toBe('/districts?kind=FUNCTIONAL_ZONE');
    });
  });

  it('tells a throttled user how long to wait', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => problem(401, '未登录'),
      'POST /api/v1/auth/login': () => ({
        ...problem(429, '尝试次数过多'),
        headers: { 'Retry-After': '42' },
      }),
    });
    renderApp('/login');
    await userEvent.type(await screen.findByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'x');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('尝试次数过多')).toBeInTheDocument();
    expect(screen.getByText('请在 42 秒后重试。')).toBeInTheDocument();
  });
});
