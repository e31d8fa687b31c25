import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { roundDistrict } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { QuotaFormModal } from './QuotaFormModal';

const guangling = roundDistrict({ quota: 2, used: 2 });

async function enterQuota(value: string) {
  const input = await screen.findByRole('spinbutton', { name: '新名额' });
  await userEvent.clear(input);
  await userEvent.type(input, value);
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
}

describe('QuotaFormModal', () => {
  it('sends the new quota and closes', async () => {
    const { calls } = mockApi({
      'PUT /api/v1/rounds/{roundId}/districts/{districtId}/quota': ({ body }) => ({
        body: roundDistrict({ ...guangling, quota: body.quota }),
      }),
    });
    const onClose = vi.fn();
    renderWithProviders(
      <QuotaFormModal roundId={5} roundEtag={'"7"'} district={guangling} onClose={onClose} />,
    );
    await enterQuota('3');
    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    expect(calls[0]!.url.pathname).toBe('/api/v1/rounds/5/districts/1/quota');
    expect(calls[0]!.body).toEqual({ quota: 3 });
    expect(calls[0]!.headers.get('If-Match')).toBe('"7"');
    expect(await screen.findByText('广陵区的名额已调整为 3 个')).toBeVisible();
  });

  it('does not send a quota below the places already used', async () => {
    const { calls } = mockApi({});
    renderWithProviders(
      <QuotaFormModal roundId={5} roundEtag={'"7"'} district={guangling} onClose={vi.fn()} />,
    );
    await enterQuota('1');
    expect(await screen.findByText('名额不能少于已申报的 2 个')).toBeVisible();
    expect(calls).toHaveLength(0);
  });

  it('shows the server’s refusal and keeps the dialog open', async () => {
    mockApi({
      'PUT /api/v1/rounds/{roundId}/districts/{districtId}/quota': () =>
        problem(409, '状态冲突', { detail: '广陵区已申报 3 个乡镇，名额不能少于 3 个' }),
    });
    const onClose = vi.fn();
    renderWithProviders(
      <QuotaFormModal roundId={5} roundEtag={'"7"'} district={guangling} onClose={onClose} />,
    );
    await enterQuota('2');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('状态冲突');
    expect(alert).toHaveTextContent('广陵区已申报 3 个乡镇，名额不能少于 3 个');
    expect(alert).toHaveTextContent('请求编号：req-409');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('spinbutton', { name: '新名额' })).toHaveValue('2');
  });
});
