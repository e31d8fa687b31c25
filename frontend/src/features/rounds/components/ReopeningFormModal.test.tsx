import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { chooseOption } from '../../../testing/antd';
import { round, township, townshipPage } from '../../../testing/fixtures';
import { mockApi } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { ReopeningFormModal } from './ReopeningFormModal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const dongguan = township({ id: 11, name: '东关街道', code: '321002001' });

async function pickTownship() {
  const select = screen.getByRole('combobox', { name: '乡镇' });
  await userEvent.type(select, '东关');
  const option = await waitFor(() => {
    const found = document.querySelector('.ant-select-item-option[title^="广陵区 / 东关街道"]');
    if (!found) throw new Error('no option yet');
    return found;
  });
  await userEvent.click(option);
}

async function typeUntil(value: string) {
  const input = screen.getByRole('textbox', { name: '新的截止时间' });
  await userEvent.click(input);
  await userEvent.type(input, `${value}{enter}`);
}

describe('ReopeningFormModal', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2023-08-02T10:00:00+08:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('requires a township, a phase, a new deadline and a reason before sending anything', async () => {
    const { calls } = mockApi({
      'GET /api/v1/townships': () => ({ body: townshipPage([dongguan]) }),
    });
    renderWithProviders(
      <ReopeningFormModal open roundId={5} phases={round().phases} onClose={vi.fn()} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: '保存' }));
    expect(await screen.findByText('请选择乡镇')).toBeVisible();
    expect(screen.getByText('请选择阶段')).toBeVisible();
    expect(screen.getByText('请选择新的截止时间')).toBeVisible();
    expect(screen.getByText('请填写重新开放的原因')).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await expectNoSeriousA11yViolations();
  });

  it('searches townships on the server and reopens a phase until a Beijing time, with a key', async () => {
    const { calls } = mockApi({
      'GET /api/v1/townships': () => ({ body: townshipPage([dongguan]) }),
      'POST /api/v1/rounds/{roundId}/reopenings': ({ body }) => ({
        status: 201,
        body: {
          id: 1,
          roundId: 5,
          townshipName: '东关街道',
          districtId: 1,
          createdBy: 'admin',
          createdAt: '2023-08-02T10:00:00+08:00',
          ...body,
        },
      }),
    });
    const onClose = vi.fn();
    renderWithProviders(
      <ReopeningFormModal open roundId={5} phases={round().phases} onClose={onClose} />,
    );
    await pickTownship();
    await waitFor(() => {
      expect(calls.some((c) => c.url.searchParams.get('q') === '东关' && c.method === 'GET')).toBe(
        true,
      );
    });
    await chooseOption('阶段', '部署阶段（原截止 2023-07-31 23:59）');
    await typeUntil('2023-08-10 18:00');
    await userEvent.type(
      screen.getByRole('textbox', { name: '原因' }),
      '因汛期防汛任务，申报材料延误，经区人社局申请同意延期。',
    );
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/rounds/5/reopenings');
    expect(post.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(post.body).toEqual({
      townshipId: 11,
      phase: 'DEPLOYMENT',
      until: '2023-08-10T18:00:00+08:00',
      reason: '因汛期防汛任务，申报材料延误，经区人社局申请同意延期。',
    });
    expect(
      await screen.findByText('已为“东关街道”重新开放部署阶段，截止至 2023-08-10 18:00'),
    ).toBeVisible();
  });

  it('refuses a new deadline that is not in the future', async () => {
    const { calls } = mockApi({
      'GET /api/v1/townships': () => ({ body: townshipPage([dongguan]) }),
    });
    renderWithProviders(
      <ReopeningFormModal open roundId={5} phases={round().phases} onClose={vi.fn()} />,
    );
    await typeUntil('2023-08-01 18:00');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('新的截止时间应晚于当前时间')).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
