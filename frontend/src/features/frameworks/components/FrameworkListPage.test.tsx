import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { frameworkSummary } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

describe('FrameworkListPage', () => {
  it('lists every edition with its status, counts and source', async () => {
    mockApi({
      'GET /api/v1/frameworks': () => ({
        body: [
          frameworkSummary({ frozen: true }),
          frameworkSummary({ id: 4, edition: 2, basedOnId: 1, standardCount: 18 }),
        ],
      }),
    });
    renderApp('/frameworks');
    expect(await screen.findByRole('heading', { level: 1, name: '培育标准' })).toBeVisible();
    await screen.findByText('可修改');
    const [first, second] = screen
      .getAllByRole('row')
      .filter((row) => row.classList.contains('ant-table-row')) as [HTMLElement, HTMLElement];
    expect(
      within(first).getByRole('link', { name: '扬州市就业富民乡村振兴基地培育标准' }),
    ).toHaveAttribute('href', '/frameworks/1');
    expect(within(first).getByText('第 1 版')).toBeVisible();
    expect(within(first).getByText('已冻结')).toBeVisible();
    expect(within(first).getByText('17')).toBeVisible();
    expect(within(first).getByText('4')).toBeVisible();
    expect(within(second).getByText('可修改')).toBeVisible();
    expect(within(second).getByText('18')).toBeVisible();
    expect(
      within(second).getByRole('link', { name: '扬州市就业富民乡村振兴基地培育标准 第 1 版' }),
    ).toHaveAttribute('href', '/frameworks/1');
    await expectNoSeriousA11yViolations();
  });

  it('shows the problem when the list cannot load', async () => {
    mockApi({ 'GET /api/v1/frameworks': () => problem(500, '服务器内部错误') });
    renderApp('/frameworks');
    expect(await screen.findByText('服务器内部错误')).toBeVisible();
    expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
  });
});
