import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { aCase } from './caseTestData';

const districtAdmin = () => ({ body: testUser({ role: 'DISTRICT_ADMIN', districtId: 3 }) });
const townships = () => ({
  body: {
    items: [
      {
        id: 31,
        code: '321002101',
        name: '头桥镇',
        districtId: 3,
        districtName: '广陵区',
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        version: 0,
      },
    ],
    page: 1,
    size: 100,
    total: 1,
  },
});
const rounds = () => ({ body: { items: [], page: 1, size: 100, total: 0 } });

describe('CaseDetailPage', () => {
  it('lets the district save a draft over the version it loaded and submit it after confirming', async () => {
    const draft = aCase();
    const { calls } = mockApi({
      'GET /api/v1/auth/me': districtAdmin,
      'GET /api/v1/cases/{caseId}': () => ({ body: draft }),
      'GET /api/v1/cases/{caseId}/attachments': () => ({ body: [] }),
      'GET /api/v1/townships': townships,
      'GET /api/v1/rounds': rounds,
      'PUT /api/v1/cases/{caseId}': ({ body }) => ({
        body: { ...draft, ...(body as object), version: 1 },
      }),
      'POST /api/v1/cases/{caseId}/submit': () => ({
        body: { ...draft, version: 2, state: 'SUBMITTED', allowedActions: [] },
      }),
    });
    renderApp('/cases/7');

    const title = await screen.findByRole('textbox', { name: '标题' });
    await userEvent.clear(title);
    await userEvent.type(title, '零工市场');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(calls.some((c) => c.method === 'PUT')).toBe(true);
    });
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.body).toMatchObject({ townshipId: 31, title: '零工市场' });

    await userEvent.click(screen.getByRole('button', { name: '报送市人社局' }));
    const dialog = await screen.findByRole('dialog', { name: '报送典型案例？' });
    expect(within(dialog).getByText(/审核期间不能修改/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: '报送市人社局' }));
    await waitFor(() => {
      expect(calls.some((c) => c.url.pathname === '/api/v1/cases/7/submit')).toBe(true);
    });
    expect(calls.find((c) => c.url.pathname.endsWith('/submit'))!.headers.get('If-Match')).toBe(
      '"1"',
    );
  });

  it('makes the city give a reason to return a submitted case', async () => {
    const submitted = aCase({
      state: 'SUBMITTED',
      version: 3,
      allowedActions: ['RETURN', 'PUBLISH'],
    });
    const { calls } = mockApi({
      'GET /api/v1/cases/{caseId}': () => ({ body: submitted }),
      'GET /api/v1/cases/{caseId}/attachments': () => ({ body: [] }),
      'POST /api/v1/cases/{caseId}/return': ({ body }) => ({
        body: {
          ...submitted,
          state: 'RETURNED',
          returnReason: body.reason,
          allowedActions: [],
        },
      }),
    });
    renderApp('/cases/7');

    expect(
      await screen.findByRole('heading', { level: 1, name: '零工市场带动家门口就业' }),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: '标题' })).toBeNull();
    await expectNoSeriousA11yViolations();
    await userEvent.click(screen.getByRole('button', { name: '退回修改' }));
    const dialog = await screen.findByRole('dialog', { name: '退回典型案例' });
    expect(within(dialog).getByText(/广陵区的管理员/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: '退回修改' }));
    expect(await within(dialog).findByText('请填写原因')).toBeVisible();
    expect(calls.some((c) => c.url.pathname.endsWith('/return'))).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: '原因' }), '请补充就业人数');
    await userEvent.click(within(dialog).getByRole('button', { name: '退回修改' }));
    await waitFor(() => {
      expect(calls.some((c) => c.url.pathname.endsWith('/return'))).toBe(true);
    });
    const sent = calls.find((c) => c.url.pathname.endsWith('/return'))!;
    expect(sent.body).toEqual({ reason: '请补充就业人数' });
    expect(sent.headers.get('If-Match')).toBe('"3"');
  });
});
