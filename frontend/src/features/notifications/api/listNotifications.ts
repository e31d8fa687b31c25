import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { NotificationListParams, NotificationPage } from '../../../lib/api/types';

/** How many of the newest notifications the header's bell shows. */
export const LATEST_SIZE = 5;
/** New notifications arrive without a page load: the bell asks again this often. */
export const POLL_INTERVAL_MS = 60_000;

const LATEST: NotificationListParams = { page: 1, size: LATEST_SIZE };

export async function fetchNotifications(
  params: NotificationListParams,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return expectData(await api.GET('/api/v1/notifications', { params: { query: params }, signal }));
}

/** One page of the caller's notifications; every page also carries the unread count. */
export function useNotifications(params: NotificationListParams) {
  return useQuery({
    queryKey: queryKeys.notifications.list(params),
    queryFn: ({ signal }) => fetchNotifications(params, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The newest notifications and the unread count for the bell: polled every minute while the tab
 * is visible, and asked again whenever the window regains focus.
 */
export function useLatestNotifications() {
  return useQuery({
    queryKey: queryKeys.notifications.list(LATEST),
    queryFn: ({ signal }) => fetchNotifications(LATEST, signal),
    refetchInterval: POLL_INTERVAL_MS,
    refetchOnWindowFocus: 'always',
  });
}
