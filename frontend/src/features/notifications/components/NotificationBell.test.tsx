import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../i18n';
import type { Notification, NotificationPage } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { NotificationBell } from './NotificationBell';

function returned(id: number, read = false): Notification {
  return {
    id,
    kind: 'RETURNED_FOR_SUPPLEMENT',
    nominationId: 40 + id,
    roundId: 2,
    townshipName: `东关街道${id}`,
    reason: '请补充时间节点',
    read,
    createdAt: '2093-07-01T02:00:00Z',
  };
}

/** A server that keeps the read state, so the unread count follows what the user does. */
function notificationServer(items: Notification[]) {
  const page = (): NotificationPage => ({
    items,
    page: 1,
    size: 5,
    total: items.length,
    unread: items.filter((n) => !n.read).length,
  });
  return mockApi({
    'GET /api/v1/notifications': () => ({ body: page() }),
    'POST /api/v1/notifications/{notificationId}/read': ({ params }) => {
      const n = items.find((item) => item.id === Number(params.notificationId))!;
      n.read = true;
      return { body: n };
    },
    'POST /api/v1/notifications/read-all': () => {
      const marked = items.filter((n) => !n.read).length;
      for (const n of items) n.read = true;
      return { body: { marked } };
    },
  });
}

describe('NotificationBell', () => {
  it('names the unread count in its accessible name, in both languages', async () => {
    notificationServer([returned(1), returned(2), returned(3), returned(4, true)]);
    renderWithProviders(<NotificationBell />);
    expect(await screen.findByRole('button', { name: '消息通知，3 条未读' })).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('button', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
  });

  it('says when nothing is unread', async () => {
    notificationServer([returned(1, true)]);
    renderWithProviders(<NotificationBell />);
    expect(
      await screen.findByRole('button', { name: '消息通知，没有未读消息' }),
    ).toBeInTheDocument();
  });

  it('opens the newest notifications from the keyboard and closes on Escape, focus back on the bell', async () => {
    notificationServer([returned(1), returned(2, true)]);
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: '消息通知，1 条未读' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    bell.focus();
    await userEvent.keyboard('{Enter}');
    const panel = await screen.findByRole('group', { name: '最新消息' });
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    expect(bell).toHaveAttribute('aria-controls', panel.id);
    const link = within(panel).getByRole('link', {
      name: '东关街道1的培育工作实施方案被退回补充。',
    });
    expect(link).toHaveAttribute('href', '/nominations/41');
    expect(within(panel).getAllByText('原因：请补充时间节点')).toHaveLength(2);
    expect(within(panel).getByRole('link', { name: '查看全部消息' })).toHaveAttribute(
      'href',
      '/notifications',
    );
    await expectNoSeriousA11yViolations();

    // Tab goes on from the bell into the panel.
    await userEvent.tab();
    expect(panel).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('group', { name: '最新消息' })).not.toBeInTheDocument();
    });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });

  it('marks a notification read when it is opened, and the count drops', async () => {
    const { calls } = notificationServer([returned(1), returned(2)]);
    const app = renderWithProviders(<NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: '消息通知，2 条未读' }));
    const panel = await screen.findByRole('group', { name: '最新消息' });
    await userEvent.click(
      within(panel).getByRole('link', { name: '东关街道2的培育工作实施方案被退回补充。' }),
    );

    expect(app.location()).toBe('/nominations/42');
    expect(await screen.findByRole('button', { name: '消息通知，1 条未读' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
      '/api/v1/notifications/2/read',
    ]);
    // The panel closed as the link was followed.
    expect(screen.queryByRole('group', { name: '最新消息' })).not.toBeInTheDocument();
  });

  it('marks all read, says how many, and the badge empties', async () => {
    const { calls } = notificationServer([returned(1), returned(2), returned(3)]);
    renderWithProviders(<NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: '消息通知，3 条未读' }));
    const panel = await screen.findByRole('group', { name: '最新消息' });
    expect(within(panel).getByText('3 条未读')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: '全部标为已读' }));

    expect(await screen.findByText('已将 3 条消息标为已读')).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: '消息通知，没有未读消息' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '全部标为已读' })).toBeDisabled();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('asks again when the window regains focus', async () => {
    const { calls } = notificationServer([returned(1)]);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('button', { name: '消息通知，1 条未读' });
    const before = calls.length;
    // What the browser does when the user comes back to the tab.
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => {
      expect(calls.length).toBeGreaterThan(before);
    });
  });

  it('polls every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { calls } = notificationServer([returned(1)]);
      renderWithProviders(<NotificationBell />);
      await screen.findByRole('button', { name: '消息通知，1 条未读' });
      const before = calls.length;
      await act(() => vi.advanceTimersByTimeAsync(50_000));
      expect(calls).toHaveLength(before);
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      await waitFor(() => {
        expect(calls).toHaveLength(before + 1);
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the bell usable when notifications cannot be loaded, and shows why in the panel', async () => {
    mockApi({
      'GET /api/v1/notifications': () => ({
        status: 500,
        body: { type: 'about:blank', title: '服务器内部错误', status: 500 },
      }),
    });
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: '消息通知' });
    await userEvent.click(bell);
    const panel = await screen.findByRole('group', { name: '最新消息' });
    expect(await within(panel).findByText('服务器内部错误')).toBeInTheDocument();
  });
});
