import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { aPublicCase } from './caseTestData';

describe('public case pages', () => {
  it('list published cases without signing in', async () => {
    const published = aPublicCase();
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => problem(401, '未登录'),
      'GET /api/v1/public/cases': () => ({
        body: { items: [published], page: 1, size: 10, total: 1 },
      }),
    });
    renderApp('/public/cases');

    expect(await screen.findByRole('heading', { level: 1, name: '典型案例展示' })).toBeVisible();
    expect(await screen.findByRole('link', { name: published.title })).toHaveAttribute(
      'href',
      '/public/cases/7',
    );
    expect(screen.getByText(published.summary)).toBeVisible();
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/v1/public/cases']);
    await expectNoSeriousA11yViolations();
  });

  it('show a published case with its photos from the public route', async () => {
    mockApi({
      'GET /api/v1/public/cases/{caseId}': () => ({
        body: aPublicCase({
          attachments: [
            { id: 90, fileName: '现场.png', contentType: 'image/png', sizeBytes: 2048 },
          ],
        }),
      }),
    });
    renderApp('/public/cases/7');

    expect(
      await screen.findByRole('heading', { level: 1, name: '零工市场带动家门口就业' }),
    ).toBeVisible();
    expect(screen.getByRole('img', { name: '现场.png' })).toHaveAttribute(
      'src',
      '/api/v1/public/cases/7/attachments/90/content',
    );
    await expectNoSeriousA11yViolations();
  });

  it('say a case that is not published does not exist', async () => {
    mockApi({
      'GET /api/v1/public/cases/{caseId}': () => problem(404, '典型案例不存在'),
    });
    renderApp('/public/cases/8');
    expect(await screen.findByRole('link', { name: '返回案例列表' })).toBeVisible();
    expect(await screen.findByText(/不存在/)).toBeVisible();
  });
});
