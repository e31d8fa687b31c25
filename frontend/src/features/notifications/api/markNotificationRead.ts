import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Notification, NotificationPage } from '../../../lib/api/types';

export async function markNotificationRead(id: number): Promise<Notification> {
  return expectData(
    await api.POST('/api/v1/notifications/{notificationId}/read', {
      params: { path: { notificationId: id } },
    }),
  );
}

/** Marks one notification read in every cached page at once, so the badge drops without a wait. */
function withRead(page: NotificationPage | undefined, id: number): NotificationPage | undefined {
  if (!page) return page;
  const wasUnread = page.items.some((n) => n.id === id && !n.read);
  return {
    ...page,
    items: page.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
    unread: wasUnread ? Math.max(0, page.unread - 1) : page.unread,
  };
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: async (notification) => {
      queryClient.setQueriesData<NotificationPage>(
        { queryKey: queryKeys.notifications.all },
        (page) => withRead(page, notification.id),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all });
    },
  });
}
