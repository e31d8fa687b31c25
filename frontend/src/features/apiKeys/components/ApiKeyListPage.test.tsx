import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiKey } from '../../../lib/api/types';
import { district, districtPage } from '../../../testing/fixtures';
import { mockApi } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

const key: ApiKey = {
  id: 3,
  name: '省平台同步',
  ownerSystem: '江苏省就业平台',
  prefix: 'fmk_ab12',
  scopes: ['read', 'import'],
  districtId: null,
  rateLimitPerMinute: 60,
  active: true,
  version: 1,
  createdAt: '2026-01-05T09:00:00+08:00',
};

describe('API keys', () => {
  it('rotates after confirmation, shows the new secret once and when the old one stops', async () => {
    const { calls } = mockApi({
      'GET /api/v1/api-keys': () => ({ body: { items: [key], page: 1, size: 20, total: 1 } }),
      'GET /api/v1/districts': () => ({ body: districtPage([district()]) }),
      'POST /api/v1/api-keys/{keyId}/rotate': () => ({
        body: {
          apiKey: { ...key, previousValidUntil: '2026-01-06T01:00:00Z' },
          secret: 'fmk_ab12_new-secret',
        },
      }),
    });
    renderApp('/api-keys');
    await screen.findByRole('heading', { level: 1, name: 'API 密钥' });
    await userEvent.click(
      await screen.findByRole('button', { name: '轮换 省平台同步' }, { timeout: 3000 }),
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '轮换' }));

    const secret = await waitFor(() => {
      const dialog = screen
        .getAllByRole('dialog')
        .find((d) => within(d).queryByText('新密钥已生成'));
      if (!dialog) throw new Error('no secret dialog');
      return dialog;
    });
    expect(within(secret).getByLabelText('“省平台同步”的密钥')).toHaveValue('fmk_ab12_new-secret');
    // Beijing time, whatever the browser's zone.
    expect(
      within(secret).getByText('旧密钥在 2026-01-06 09:00 之前仍然有效，之后失效。'),
    ).toBeInTheDocument();
    expect(within(secret).getByText(/只显示这一次/)).toBeInTheDocument();
    await userEvent.click(within(secret).getByRole('button', { name: '我已保存，关闭' }));
    await waitFor(() => {
      expect(screen.queryByDisplayValue('fmk_ab12_new-secret')).not.toBeInTheDocument();
    });
  });
});
