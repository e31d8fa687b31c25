import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import type { Notification, NotificationKind } from '../../../lib/api/types';
import { useMarkNotificationRead } from '../api/markNotificationRead';
import { notificationTarget, wordNotification } from './notificationText';

const KIND_TONES: Record<NotificationKind, StatusTone> = {
  DEADLINE_APPROACHING: 'warning',
  RETURNED_FOR_SUPPLEMENT: 'negative',
  NOMINATION_STATE_CHANGED: 'info',
  EVIDENCE_RETURNED: 'negative',
  CASE_SUBMITTED: 'info',
  CASE_RETURNED: 'negative',
  CASE_PUBLISHED: 'positive',
  CASE_WITHDRAWN: 'warning',
  QUOTA_CHANGED: 'info',
};

interface NotificationMessageProps {
  notification: Notification;
  /** After the link was followed (the bell closes its panel). */
  onOpen?: () => void;
}

/**
 * One notification: its kind, the message (a link to its nomination or round when it has one) and
 * the reason. Following the link marks it read; unread ones are bold.
 */
export function NotificationMessage({ notification, onOpen }: NotificationMessageProps) {
  const { t } = useTranslation();
  const markRead = useMarkNotificationRead();
  const { message, reason } = wordNotification(notification, t);
  const target = notificationTarget(notification);
  const open = () => {
    // Fire and forget: the page it leads to does not wait; a failure leaves it unread.
    if (!notification.read) markRead.mutate(notification.id);
    onOpen?.();
  };

  return (
    <Flex vertical gap={4} className="notification-message">
      <span>
        <StatusTag tone={KIND_TONES[notification.kind]}>
          {t(`notifications.kinds.${notification.kind}`)}
        </StatusTag>
      </span>
      <span style={notification.read ? undefined : { fontWeight: 600 }}>
        {target ? (
          <Link to={target} onClick={open}>
            {message}
          </Link>
        ) : (
          message
        )}
      </span>
      {reason && <Typography.Text type="secondary">{reason}</Typography.Text>}
    </Flex>
  );
}
