import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { district, districtPage, township, townshipPage } from '../testing/fixtures';
import { mockApi, problem, testUser } from '../testing/mockApi';
import { renderApp } from '../testing/render';

const operator = testUser({
  role: 'TOWNSHIP_OPERATOR',
  districtId: 1,
  districtName: '广陵区',
  townshipId: 11,
  townshipName: '东关街道',
});

function navLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: '主导航' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('what each role is offered', () => {
  it('shows a city admin every page', async () => {
    mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
    });
    renderApp('/districts');
    await screen.findByRole('heading', { level: 1, name: '县市区管理' });
    expect(navLinks()).toEqual([
      '概览',
      '培育批次',
      '培育标准',
      '创建对象',
      '典型案例',
      '考核验收',
      '省级基地推荐',
      '县市区',
      '乡镇',
      '用户管理',
      'API 密钥',
      '审计日志',
      '批量导入',
      '消息通知',
      '我的账户',
    ]);
    expect(screen.getByRole('button', { name: '新增县市区' })).toBeInTheDocument();
  });

  it('shows a township operator no user, key or audit pages and no change buttons', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: operator }),
      'GET /api/v1/townships': () => ({ body: townshipPage([township()]) }),
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
    });
    renderApp('/townships');
    // A role that only reads the list sees no "management" in its title.
    await screen.findByRole('heading', { level: 1, name: '乡镇' });
    expect(navLinks()).toEqual([
      '概览',
      '培育批次',
      '培育标准',
      '创建对象',
      '县市区',
      '乡镇',
      '消息通知',
      '我的账户',
    ]);
    await screen.findByRole('link', { name: '东关街道' });
    expect(screen.queryByRole('button', { name: '新增乡镇' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑 东关街道' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除 东关街道' })).not.toBeInTheDocument();
  });

  it('lets a district admin manage townships but not districts', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({
        body: testUser({ role: 'DISTRICT_ADMIN', districtId: 1, districtName: '广陵区' }),
      }),
      'GET /api/v1/townships': () => ({ body: townshipPage([township()]) }),
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
    });
    renderApp('/townships');
    expect(await screen.findByRole('button', { name: '编辑 东关街道' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新增乡镇' })).toBeInTheDocument();
    expect(navLinks()).not.toContain('用户管理');
    expect(navLinks()).toContain('批量导入');
  });

  it.each(['/users', '/api-keys', '/audit', '/imports'])(
    'answers %s with a "no access" page for other roles',
    async (url) => {
      const { calls } = mockApi({ 'GET /api/v1/auth/me': () => ({ body: operator }) });
      renderApp(url);
      expect(
        await screen.findByRole('heading', { level: 1, name: '无权访问' }),
      ).toBeInTheDocument();
      expect(calls.filter((c) => c.url.pathname !== '/api/v1/auth/me')).toHaveLength(0);
    },
  );

  it("answers another township's URL with a clean not-found-or-no-access page", async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: operator }),
      'GET /api/v1/townships/{townshipId}': () => problem(404, '未找到'),
    });
    renderApp('/townships/123');
    expect(
      await screen.findByRole('heading', { level: 1, name: '未找到该乡镇，或您无权访问' }),
    ).toBeInTheDocument();
    expect(screen.getByText('该记录不存在，或不在您的管理范围内。')).toBeInTheDocument();
  });
});
