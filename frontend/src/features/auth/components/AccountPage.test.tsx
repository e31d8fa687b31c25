import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

function mockAccount() {
  return mockApi({
    'GET /api/v1/auth/me': () => ({
      body: testUser({ role: 'TOWNSHIP_OPERATOR', username: 'li.si', displayName: '李四' }),
    }),
    'GET /api/v1/auth/sessions': () => ({
      body: [
        {
          id: 1,
          current: true,
          createdAt: '2026-01-05T09:00:00+08:00',
          lastSeenAt: '2026-01-05T09:30:00+08:00',
          expiresAt: '2026-01-05T17:00:00+08:00',
          clientAddress: '10.0.0.8',
          userAgent: 'Firefox',
        },
        {
          id: 2,
          current: false,
          createdAt: '2026-01-04T09:00:00+08:00',
          lastSeenAt: '2026-01-04T09:30:00+08:00',
          expiresAt: '2026-01-04T17:00:00+08:00',
          clientAddress: '10.0.0.9',
        },
      ],
    }),
  });
}

describe('the account page', () => {
  afterEach(() => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1024 });
  });

  it('on a phone shows each session as a card, with an end button only for the others', async () => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 375 });
    mockAccount();
    const { container } = renderApp('/account');
    await screen.findByRole('heading', { level: 1, name: '我的账户' });
    const sessions = screen
      .getByRole('heading', { level: 2, name: '登录会话' })
      .closest('.ant-card')!;
    const cards = await within(sessions as HTMLElement).findAllByRole('listitem');
    expect(within(sessions as HTMLElement).queryByRole('table')).not.toBeInTheDocument();
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByText('当前会话')).toBeInTheDocument();
    expect(within(cards[0]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(cards[1]!).getByText('10.0.0.9')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('button', { name: /结束会话/ })).toBeInTheDocument();
    await expectNoSeriousA11yViolations(container);
  });
});
