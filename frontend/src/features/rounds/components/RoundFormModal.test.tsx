import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { frameworkSummary, round } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { RoundFormModal } from './RoundFormModal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FRAMEWORKS = [
  frameworkSummary({ id: 1, edition: 1, frozen: true }),
  frameworkSummary({ id: 4, edition: 2, basedOnId: 1 }),
];

function phaseInput(name: string) {
  return screen.getByRole('textbox', { name });
}

async function setYear(year: string) {
  const input = screen.getByRole('spinbutton', { name: '年度' });
  await userEvent.clear(input);
  await userEvent.type(input, year);
  await userEvent.tab();
}

describe('RoundFormModal (create)', () => {
  it('prefills quotas, the newest framework and the plan dates, and follows a year change', async () => {
    const { calls } = mockApi({
      'GET /api/v1/frameworks': () => ({ body: FRAMEWORKS }),
      'POST /api/v1/rounds': ({ body }) => ({
        status: 201,
        body: round({ id: 9, ...(body as object), state: 'DRAFT' }),
        headers: { ETag: '"0"' },
      }),
    });
    const onSaved = vi.fn();
    renderWithProviders(<RoundFormModal open onClose={vi.fn()} onSaved={onSaved} />);

    await setYear('2024');
    expect(screen.getByRole('textbox', { name: '名称' })).toHaveValue(
      '2024年度就业富民乡村振兴基地培育',
    );
    expect(screen.getByRole('spinbutton', { name: '每个县（市、区）申报名额' })).toHaveValue('2');
    expect(screen.getByRole('spinbutton', { name: '每个功能区申报名额' })).toHaveValue('1');
    expect(phaseInput('部署阶段 开始时间')).toHaveValue('2024-07-01 00:00');
    expect(phaseInput('部署阶段 结束时间')).toHaveValue('2024-07-31 23:59');
    expect(phaseInput('省级遴选上报 结束时间')).toHaveValue('2024-09-25 23:59');
    expect(phaseInput('考核验收 开始时间')).toHaveValue('2024-11-01 00:00');
    expect(phaseInput('总结 结束时间')).toHaveValue('2024-12-31 23:59');
    // The newest edition is picked once the list has loaded.
    await waitFor(() => {
      expect(screen.getByText('扬州市就业富民乡村振兴基地培育标准（第 2 版）')).toBeVisible();
    });
    await expectNoSeriousA11yViolations();

    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 9 }));
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(post.body).toEqual({
      year: 2024,
      name: '2024年度就业富民乡村振兴基地培育',
      frameworkId: 4,
      quotaCountyLevel: 2,
      quotaFunctionalZone: 1,
      phases: [
        {
          code: 'DEPLOYMENT',
          startsAt: '2024-07-01T00:00:00+08:00',
          endsAt: '2024-07-31T23:59:00+08:00',
        },
        {
          code: 'IMPLEMENTATION',
          startsAt: '2024-07-01T00:00:00+08:00',
          endsAt: '2024-10-31T23:59:00+08:00',
        },
        {
          code: 'PROVINCIAL_SELECTION',
          startsAt: '2024-07-01T00:00:00+08:00',
          endsAt: '2024-09-25T23:59:00+08:00',
        },
        {
          code: 'ASSESSMENT',
          startsAt: '2024-11-01T00:00:00+08:00',
          endsAt: '2024-12-20T23:59:00+08:00',
        },
        {
          code: 'CLOSING',
          startsAt: '2024-12-21T00:00:00+08:00',
          endsAt: '2024-12-31T23:59:00+08:00',
        },
      ],
    });
    expect(
      await screen.findByText('已新建培育批次“2024年度就业富民乡村振兴基地培育”'),
    ).toBeVisible();
  });

  it('keeps a name the user typed when the year changes', async () => {
    mockApi({ 'GET /api/v1/frameworks': () => ({ body: FRAMEWORKS }) });
    renderWithProviders(<RoundFormModal open onClose={vi.fn()} />);
    const name = screen.getByRole('textbox', { name: '名称' });
    await userEvent.clear(name);
    await userEvent.type(name, '扬州市试点批次');
    await setYear('2030');
    expect(name).toHaveValue('扬州市试点批次');
    expect(phaseInput('实施阶段 结束时间')).toHaveValue('2030-10-31 23:59');
  });

  it('refuses to send a phase without dates, naming the phase', async () => {
    const { calls } = mockApi({ 'GET /api/v1/frameworks': () => ({ body: FRAMEWORKS }) });
    renderWithProviders(<RoundFormModal open onClose={vi.fn()} />);
    await screen.findByText('扬州市就业富民乡村振兴基地培育标准（第 2 版）');
    await userEvent.click(screen.getByRole('img', { name: '清除实施阶段的时间' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('请选择实施阶段的开始和结束时间')).toBeVisible();
    expect(phaseInput('实施阶段 开始时间')).toHaveValue('');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows what the server refuses about the phases', async () => {
    mockApi({
      'GET /api/v1/frameworks': () => ({ body: FRAMEWORKS }),
      'POST /api/v1/rounds': () =>
        problem(400, '请求参数有误', {
          violations: [
            { field: 'phases[2].endsAt', message: '省级遴选上报的截止时间应在实施阶段内' },
          ],
        }),
    });
    renderWithProviders(<RoundFormModal open onClose={vi.fn()} />);
    await screen.findByText('扬州市就业富民乡村振兴基地培育标准（第 2 版）');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/省级遴选上报的截止时间应在实施阶段内/)).toBeVisible();
  });
});

describe('RoundFormModal (edit)', () => {
  it('starts from the round in Beijing time, sends If-Match and keeps the framework of an open round', async () => {
    const { calls } = mockApi({
      'GET /api/v1/frameworks': () => ({ body: FRAMEWORKS }),
      'GET /api/v1/rounds/{roundId}': () => ({ body: round(), headers: { ETag: '"3"' } }),
      'PUT /api/v1/rounds/{roundId}': ({ body }) => ({
        body: round({ ...(body as object), version: 4 }),
        headers: { ETag: '"4"' },
      }),
    });
    const onClose = vi.fn();
    renderWithProviders(<RoundFormModal open roundId={5} onClose={onClose} />);
    const name = await screen.findByRole('textbox', { name: '名称' });
    expect(name).toHaveValue('2023年度就业富民乡村振兴基地培育');
    expect(phaseInput('省级遴选上报 结束时间')).toHaveValue('2023-09-25 23:59');
    expect(screen.getByRole('combobox', { name: '培育标准' })).toBeDisabled();
    expect(screen.getByText('批次已开放，不能再更换培育标准。')).toBeVisible();

    // The year no longer moves the dates of an existing round.
    await setYear('2024');
    expect(phaseInput('部署阶段 开始时间')).toHaveValue('2023-07-01 00:00');

    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ year: 2024, frameworkId: 1 });
  });
});
