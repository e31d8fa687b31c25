import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import type { ImportJob } from '../api/types';
import { submitImport } from '../api/submitImport';

vi.mock('../api/submitImport', () => ({ submitImport: vi.fn() }));
const submit = vi.mocked(submitImport);

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 7,
    kind: 'townships',
    state: 'SUCCEEDED',
    dryRun: true,
    mode: 'CREATE',
    format: 'CSV',
    fileName: 'townships.csv',
    createdBy: 'admin',
    total: 2,
    processed: 2,
    created: 2,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    warnings: [],
    createdAt: '2026-12-01T08:00:00Z',
    ...overrides,
  };
}

const emptyHistory = () => ({ body: { items: [], page: 1, size: 10, total: 0 } });

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

const csv = (name: string) => new File(['code,name,districtCode\n'], name, { type: 'text/csv' });

describe('the import page', () => {
  beforeEach(() => {
    submit.mockReset();
  });
  afterEach(() => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1024 });
  });

  it('checks a file first, lists its errors by row, and imports a clean file only after confirmation', async () => {
    mockApi({ 'GET /api/v1/import-jobs': emptyHistory });
    submit.mockResolvedValueOnce(
      job({
        state: 'REJECTED',
        rejected: 2,
        created: 1,
        total: 3,
        errors: [{ code: 'required', column: 'code', message: '必填', rows: [3, 5], count: 2 }],
        warnings: [
          {
            code: 'unknown-column',
            column: 'remark',
            message: '无法识别的列，已忽略',
            rows: [1],
            count: 1,
          },
        ],
      }),
    );
    renderApp('/imports');
    await screen.findByRole('heading', { level: 1, name: '批量导入' });
    await userEvent.click(screen.getByRole('radio', { name: '乡镇' }));
    expect(screen.getByRole('link', { name: '下载乡镇的 CSV 模板' })).toHaveAttribute(
      'href',
      '/api/v1/imports/townships/template?format=csv',
    );

    await userEvent.upload(fileInput(), csv('bad.csv'));
    expect(submit).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'townships', dryRun: true, mode: 'CREATE' }),
    );
    expect(
      await screen.findByText('检查未通过：2 行有错误，未写入任何数据。请修改文件后重新上传。'),
    ).toBeInTheDocument();
    const errors = screen.getByText('错误（1 类）').closest('section');
    if (!(errors instanceof HTMLElement)) throw new Error('no error table');
    expect(within(errors).getByText('3, 5')).toBeInTheDocument();
    expect(within(errors).getByText('必填')).toBeInTheDocument();
    expect(screen.getByText('错误（1 类）')).toBeInTheDocument();
    expect(screen.getByText('提示（1 类，不影响导入）')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^导入 \d+ 行$/ })).not.toBeInTheDocument();

    submit.mockResolvedValueOnce(job());
    await userEvent.upload(fileInput(), csv('good.csv'));
    expect(await screen.findByText('检查通过：good.csv 共 2 行，可以导入')).toBeInTheDocument();
    expect(submit).toHaveBeenCalledTimes(2);

    submit.mockResolvedValueOnce(job({ id: 8, dryRun: false }));
    await userEvent.click(screen.getByRole('button', { name: '导入 2 行' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/全部写入或全部不写入/)).toBeInTheDocument();
    expect(submit).toHaveBeenCalledTimes(2);
    await userEvent.click(within(dialog).getByRole('button', { name: '导入 2 行' }));

    expect(await screen.findByText('导入完成：新增 2，更新 0，未变 0')).toBeInTheDocument();
    const commit = submit.mock.calls[2]?.[0];
    expect(commit).toMatchObject({ kind: 'townships', dryRun: false });
    expect(commit?.idempotencyKey).toEqual(expect.any(String));
  });

  it('follows a large import running as a job until it ends', async () => {
    let polls = 0;
    mockApi({
      'GET /api/v1/import-jobs': emptyHistory,
      'GET /api/v1/import-jobs/{importId}': ({ params }) => {
        polls += 1;
        expect(params.importId).toBe('9');
        return {
          body: job({ id: 9, dryRun: false, total: 6000, processed: 6000, created: 6000 }),
        };
      },
    });
    submit.mockResolvedValueOnce(job({ total: 6000, created: 6000 }));
    submit.mockResolvedValueOnce(
      job({ id: 9, dryRun: false, state: 'RUNNING', total: 6000, processed: 2000, created: 0 }),
    );
    renderApp('/imports');
    await screen.findByRole('heading', { level: 1, name: '批量导入' });
    await userEvent.click(screen.getByRole('radio', { name: '乡镇' }));
    await userEvent.upload(fileInput(), csv('many.csv'));
    await userEvent.click(await screen.findByRole('button', { name: '导入 6000 行' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: '导入 6000 行' }),
    );

    expect(await screen.findByText('正在导入：已处理 2000 / 6000 行')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '导入进度' })).toBeInTheDocument();
    expect(
      await screen.findByText('导入完成：新增 6000，更新 0，未变 0', undefined, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(polls).toBe(1);
  });

  it('offers a district admin only its kinds and lists the history with each report', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'DISTRICT_ADMIN', districtId: 4 }) }),
      'GET /api/v1/import-jobs': () => ({
        body: {
          items: [
            job({ id: 12, dryRun: false, idempotencyKey: 'townships-v1', fileName: '乡镇.csv' }),
          ],
          page: 1,
          size: 10,
          total: 1,
        },
      }),
    });
    renderApp('/imports');
    const kinds = await screen.findByRole('radiogroup', { name: '导入内容' });
    expect(
      within(kinds)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['乡镇', '用户', '创建对象']);
    expect(await screen.findByText('乡镇.csv')).toBeInTheDocument();
    expect(screen.getByText('townships-v1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下载导入记录 12 的报告（CSV）' })).toHaveAttribute(
      'href',
      '/api/v1/import-jobs/12/report',
    );
    await waitFor(
      async () => {
        await expectNoSeriousA11yViolations();
      },
      { timeout: 8000 },
    );
  });

  it('on a phone lists the history and a report’s problems as cards, not tables', async () => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 375 });
    mockApi({
      'GET /api/v1/import-jobs': () => ({
        body: {
          items: [job({ id: 12, dryRun: false, fileName: '乡镇.csv' })],
          page: 1,
          size: 10,
          total: 1,
        },
      }),
    });
    submit.mockResolvedValueOnce(
      job({
        state: 'REJECTED',
        rejected: 2,
        errors: [{ code: 'required', column: 'code', message: '必填', rows: [3, 5], count: 2 }],
      }),
    );
    const { container } = renderApp('/imports');
    const history = (await screen.findByRole('heading', { level: 2, name: '导入记录' })).closest(
      'section',
    )!;
    await within(history).findByText('乡镇.csv');
    // the cards' list, apart from the pager's
    const jobs = within(history.querySelector<HTMLElement>('.data-cards-list')!).getAllByRole(
      'listitem',
    );
    expect(jobs).toHaveLength(1);
    expect(within(jobs[0]!).getByText('乡镇.csv')).toBeInTheDocument();
    expect(
      within(jobs[0]!).getByRole('link', { name: '下载导入记录 12 的报告（CSV）' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: '乡镇' }));
    await userEvent.upload(fileInput(), csv('bad.csv'));
    const errors = (await screen.findByRole('heading', { name: '错误（1 类）' })).closest(
      'section',
    )!;
    const problems = within(errors).getAllByRole('listitem');
    expect(problems).toHaveLength(1);
    expect(within(problems[0]!).getByText('3, 5')).toBeInTheDocument();
    expect(within(problems[0]!).getByText('必填')).toBeInTheDocument();
    expect(container.querySelector('.ant-table')).toBeNull();
    await expectNoSeriousA11yViolations(container);
  });
});
