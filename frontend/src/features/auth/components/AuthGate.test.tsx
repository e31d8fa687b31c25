import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { district, districtPage } from '../../../testing/fixtures';
import { mockApi, problem, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

describe('sign-in', () => {
  it('sends a signed-out user to the sign-in page and back to where they were going', async () => {
    let signedIn = false;
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () =>
        signedIn ? { body: testUser({ csrfToken: 'tok-1' }) } : problem(401, '未登录'),
      'POST /api/v1/auth/login': ({ body }) => {
        const { password } = body as { password: string };
        if (password !== 'correct horse') return problem(401, '用户名或密码错误');
        signedIn = true;
        return { body: testUser({ csrfToken: 'tok-1' }) };
      },
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
      'DELETE /api/v1/districts/{districtId}': () => ({ status: 204 }),
    });
    const app = renderApp('/districts?sort=name');

    expect(await screen.findByRole('heading', { level: 1, name: '用户登录' })).toBeInTheDocument();
    expect(app.location()).toBe(`/login?next=${encodeURIComponent('/districts?sort=name')}`);

    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('密码'));
    await userEvent.type(screen.getByLabelText('密码'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '县市区管理' }),
    ).toBeInTheDocument();
    expect(app.location()).toBe('/districts?sort=name');
    expect(screen.getByText('当前用户：王管理（市级管理员）')).toBeInTheDocument();

    // State changes carry the CSRF token handed out with the user.
    await userEvent.click(await screen.findByRole('button', { name: '删除 广陵区' }));
    await userEvent.click(await screen.findByRole('button', { name: '删除' }));
    await waitFor(() => {
      expect(calls.find((c) => c.method === 'DELETE')?.headers.get('X-CSRF-Token')).toBe('tok-1');
    });
  });

  it('signs out', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([]) }),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    const app = renderApp('/districts');
    await userEvent.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '用户登录' })).toBeInTheDocument();
    expect(app.location()).toBe('/login');
    expect(calls.find((c) => c.url.pathname === '/api/v1/auth/logout')).toBeDefined();
  });
});
