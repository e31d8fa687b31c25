import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Flex, Spin, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatShanghai } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { NotificationPage } from '../../../lib/api/types';
import { MarkAllReadButton } from './MarkAllReadButton';
import { NotificationMessage } from './NotificationMessage';

interface NotificationPanelProps {
  id: string;
  query: UseQueryResult<NotificationPage>;
  /** A link in the panel was followed: the panel closes. */
  onNavigate: () => void;
}

/** What the bell opens: the newest notifications, "mark all read" and the way to all of them. */
export function NotificationPanel({ id, query, onNavigate }: NotificationPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  let body;
  if (query.isError) {
    body = <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.isPending) {
    body = <Spin description={t('common.loading')} />;
  } else if (items.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
  } else {
    body = (
      <ul className="notification-panel-list">
        {items.map((n) => (
          <li key={n.id}>
            <NotificationMessage notification={n} onOpen={onNavigate} />
            <Typography.Text type="secondary" className="notification-time">
              {formatShanghai(n.createdAt)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div id={id} role="group" aria-labelledby={headingId} className="notification-panel">
      <Flex justify="space-between" align="baseline" gap="small" wrap>
        <strong id={headingId}>{t('notifications.bell.panelTitle')}</strong>
        {unread > 0 && (
          <Typography.Text type="secondary">
            {t('notifications.bell.unreadCount', { count: unread })}
          </Typography.Text>
        )}
      </Flex>
      {body}
      <Flex justify="space-between" align="center" gap="small" wrap>
        <MarkAllReadButton unread={unread} size="small" />
        <Link to="/notifications" onClick={onNavigate}>
          {t('notifications.bell.viewAll')}
        </Link>
      </Flex>
    </div>
  );
}
