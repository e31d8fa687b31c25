import { Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import type { NotificationListParams } from '../../../lib/api/types';
import { useNotifications } from '../api/listNotifications';
import { MarkAllReadButton } from './MarkAllReadButton';
import { NotificationTable } from './NotificationTable';

// Newest first is the only order the API has.
const SORTS = [] as const;
const FILTERS = ['unread'] as const;

type Shown = 'all' | 'unread';

/** The user's own notifications, all or only the unread ones (?unread=true), newest first. */
export function NotificationListPage() {
  const { t } = useTranslation();
  const table = useTableUrlState<never, 'unread'>({ sorts: SORTS, filters: FILTERS });
  const onlyUnread = table.filters.unread === 'true';
  const params: NotificationListParams = {
    ...listParams(table),
    ...(onlyUnread && { unread: true }),
  };
  const notifications = useNotifications(params);
  const unread = notifications.data?.unread ?? 0;

  return (
    <>
      <PageHeader title={t('notifications.title')} extra={<MarkAllReadButton unread={unread} />}>
        {notifications.data && (
          <Typography.Paragraph type="secondary" role="status">
            {unread > 0
              ? t('notifications.unreadSummary', { count: unread })
              : t('notifications.emptyUnread')}
          </Typography.Paragraph>
        )}
      </PageHeader>
      <FilterBar>
        <Segmented<Shown>
          aria-label={t('notifications.filterLabel')}
          value={onlyUnread ? 'unread' : 'all'}
          onChange={(value) => {
            table.setFilter('unread', value === 'unread' ? 'true' : undefined);
          }}
          options={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread') },
          ]}
        />
      </FilterBar>
      <QueryProblem query={notifications} />
      <NotificationTable
        data={notifications.data}
        loading={notifications.isFetching}
        table={table}
      />
    </>
  );
}
