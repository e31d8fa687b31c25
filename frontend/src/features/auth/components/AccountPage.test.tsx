import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { sessions } from '../../../testing/fixtures';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

function mockAccount() {
  return mockApi({
    'GET /api/v1/auth/me': () => ({
      body: testUser({ role: 'TOWNSHIP_OPERATOR', username: 'li.si', displayName: '李四' }),
    }),
    'GET /api/v1/auth/sessions': () => ({ body: sessions() }),
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
