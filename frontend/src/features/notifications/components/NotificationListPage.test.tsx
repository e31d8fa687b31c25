import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import type { Notification } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

const stateChanged: Notification = {
  id: 1,
  kind: 'NOMINATION_STATE_CHANGED',
  nominationId: 41,
  roundId: 2,
  townshipName: '东关街道',
  state: 'IN_PROGRESS',
  read: false,
  createdAt: '2093-07-01T02:00:00Z',
};
const deadline: Notification = {
  id: 2,
  kind: 'DEADLINE_APPROACHING',
  roundId: 2,
  phase: 'PROVINCIAL_SELECTION',
  deadline: '2093-09-25T09:00:00Z',
  daysLeft: 7,
  read: false,
  createdAt: '2093-09-18T01:00:00Z',
};
const oldNews: Notification = {
  id: 3,
  kind: 'RETURNED_FOR_SUPPLEMENT',
  townshipName: '湾头镇',
  reason: '缺少负责人',
  read: true,
  createdAt: '2093-06-01T02:00:00Z',
};

/** A server that keeps the read state (of its own copies, so tests do not share it). */
function server(notifications: Notification[]) {
  const items = notifications.map((n) => ({ ...n }));
  return mockApi({
    'GET /api/v1/notifications': ({ url }) => {
      const unreadOnly = url.searchParams.get('unread') === 'true';
      const shown = items.filter((n) => !unreadOnly || !n.read);
      return {
        body: {
          items: shown,
          page: Number(url.searchParams.get('page')),
          size: Number(url.searchParams.get('size')),
          total: shown.length,
          unread: items.filter((n) => !n.read).length,
        },
      };
    },
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

/** The page's own requests, not the header bell's (which asks for the newest five). */
function pageRequests(calls: { method: string; url: URL }[]) {
  return calls.filter((c) => c.method === 'GET' && c.url.searchParams.get('size') !== '5');
}

describe('NotificationListPage', () => {
  it('lists every notification worded from its parts, linking to its nomination or round', async () => {
    const { calls } = server([stateChanged, deadline, oldNews]);
    renderApp('/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: '消息通知' })).toBeVisible();
    const nomination = await screen.findByRole('link', {
      name: '东关街道的培育工作实施方案已通过，进入培育实施。',
    });
    expect(nomination).toHaveAttribute('href', '/nominations/41');
    expect(
      screen.getByRole('link', {
        name: '“省级遴选”阶段将于 2093-09-25 17:00（北京时间）截止。还剩 7 天。',
      }),
    ).toHaveAttribute('href', '/rounds/2');
    // Without a nomination or round there is nothing to open, only the text.
    const returned = screen.getByText('湾头镇的培育工作实施方案被退回补充。');
    expect(returned.closest('a')).toBeNull();
    expect(screen.getByText('原因：缺少负责人')).toBeVisible();
    expect(screen.getByText('2093-07-01 10:00')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('您有 2 条未读消息');
    expect(Object.fromEntries(pageRequests(calls)[0]!.url.searchParams)).toEqual({
      page: '1',
      size: '20',
    });
    await expectNoSeriousA11yViolations();
  });

  it('keeps the unread filter in the URL and asks the API for unread ones only', async () => {
    const { calls } = server([stateChanged, oldNews]);
    const app = renderApp('/notifications');
    await screen.findByText('湾头镇的培育工作实施方案被退回补充。');
    await userEvent.click(screen.getByText('仅看未读'));
    await waitFor(() => {
      expect(app.location()).toBe('/notifications?unread=true');
    });
    await waitFor(() => {
      expect(screen.queryByText('湾头镇的培育工作实施方案被退回补充。')).not.toBeInTheDocument();
    });
    expect(pageRequests(calls).at(-1)!.url.searchParams.get('unread')).toBe('true');
  });

  it('says so when nothing is unread, and offers to show all', async () => {
    server([oldNews]);
    const app = renderApp('/notifications?unread=true');
    expect(
      await screen.findByText('没有未读消息', { selector: '.ant-empty-description' }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '全部消息' }));
    await waitFor(() => {
      expect(app.location()).toBe('/notifications');
    });
    expect(await screen.findByText('湾头镇的培育工作实施方案被退回补充。')).toBeVisible();
  });

  it('marks one read from its row and updates the counts', async () => {
    const { calls } = server([stateChanged, deadline]);
    renderApp('/notifications');
    const mark = await screen.findByRole('button', {
      name: '将 2093-09-18 09:00 的消息标为已读',
    });
    await userEvent.click(mark);
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('您有 1 条未读消息');
    });
    expect(screen.getByRole('button', { name: '消息通知，1 条未读' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
      '/api/v1/notifications/2/read',
    ]);
    const row = screen.getByText('2093-09-18 09:00').closest('tr')!;
    expect(within(row).getByText('已读')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: '将 2093-09-18 09:00 的消息标为已读' }),
    ).not.toBeInTheDocument();
  });

  it('reads in English, each mark-read button named with its visible text first', async () => {
    await i18n.changeLanguage('en');
    server([deadline]);
    renderApp('/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    expect(
      await screen.findByRole('link', {
        name: 'The Provincial selection phase closes at 2093-09-25 17:00 (Beijing time). 7 days left.',
      }),
    ).toHaveAttribute('href', '/rounds/2');
    const mark = screen.getByRole('button', {
      name: 'Mark read: the notification of 2093-09-18 09:00',
    });
    expect(mark).toHaveTextContent('Mark read');
    expect(screen.getByRole('status')).toHaveTextContent('You have 1 unread notification');
  });

  it('marks a notification read when it is opened', async () => {
    const { calls } = server([stateChanged]);
    const app = renderApp('/notifications');
    await userEvent.click(
      await screen.findByRole('link', { name: '东关街道的培育工作实施方案已通过，进入培育实施。' }),
    );
    // The nomination page is loaded when first visited; the URL changes once it is there.
    await waitFor(() => {
      expect(app.location()).toBe('/nominations/41');
    });
    await waitFor(() => {
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
        '/api/v1/notifications/1/read',
      ]);
    });
  });

  it('marks all read and says how many', async () => {
    server([stateChanged, deadline, oldNews]);
    renderApp('/notifications');
    const heading = await screen.findByRole('heading', { level: 1, name: '消息通知' });
    const header = heading.closest<HTMLElement>('.page-header')!;
    expect(await screen.findByRole('status')).toHaveTextContent('您有 2 条未读消息');
    await userEvent.click(within(header).getByRole('button', { name: '全部标为已读' }));
    expect(await screen.findByText('已将 2 条消息标为已读')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('没有未读消息');
    });
    expect(within(header).getByRole('button', { name: '全部标为已读' })).toBeDisabled();
  });
});
