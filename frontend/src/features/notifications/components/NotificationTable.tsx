import { Button, Empty, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatShanghai } from '../../../components/format';
import { StatusTag } from '../../../components/StatusTag';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { Notification, NotificationPage } from '../../../lib/api/types';
import { useMarkNotificationRead } from '../api/markNotificationRead';
import { NotificationMessage } from './NotificationMessage';

interface NotificationTableProps {
  data: NotificationPage | undefined;
  loading: boolean;
  table: TableUrlState<never, 'unread'>;
}

export function NotificationTable({ data, loading, table }: NotificationTableProps) {
  const { t } = useTranslation();
  const markRead = useMarkNotificationRead();

  const columns: TableColumnsType<Notification> = [
    {
      key: 'message',
      title: t('notifications.message'),
      // Long messages wrap instead of widening the table past the screen.
      render: (_v: unknown, n) => (
        <div style={{ maxWidth: 'min(36rem, 60vw)', whiteSpace: 'normal' }}>
          <NotificationMessage notification={n} />
        </div>
      ),
    },
    {
      key: 'createdAt',
      title: t('notifications.receivedAt'),
      render: (_v: unknown, n) => formatShanghai(n.createdAt),
    },
    {
      key: 'status',
      title: t('notifications.status'),
      render: (_v: unknown, n) =>
        n.read ? (
          <StatusTag tone="neutral">{t('notifications.read')}</StatusTag>
        ) : (
          <StatusTag tone="info">{t('notifications.unread')}</StatusTag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v: unknown, n) =>
        n.read ? null : (
          <Button
            type="link"
            size="small"
            aria-label={t('notifications.markReadItem', { time: formatShanghai(n.createdAt) })}
            loading={markRead.isPending && markRead.variables === n.id}
            onClick={() => {
              markRead.mutate(n.id);
            }}
          >
            {t('notifications.markRead')}
          </Button>
        ),
    },
  ];

  return (
    <DataTable<Notification>
      columns={columns}
      data={data}
      loading={loading}
      table={table}
      {...(table.filters.unread === 'true' && {
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.emptyUnread')}>
            <Button onClick={table.clearFilters}>{t('notifications.filterAll')}</Button>
          </Empty>
        ),
      })}
    />
  );
}
