import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Spin } from 'antd';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatestNotifications } from '../api/listNotifications';

// Loaded when the bell is first opened: the first screen carries only the bell itself.
const NotificationPanel = lazy(() =>
  import('./NotificationPanel').then((m) => ({ default: m.NotificationPanel })),
);

// antd's default badge red (#ff4d4f) under white text misses WCAG AA contrast; this keeps 4.5:1.
// The badge shows the same number as the accessible name (not "99+"), so the two always agree.
const BADGE_STYLE = { backgroundColor: '#cf1322', boxShadow: 'none' };

/**
 * The header's bell: the unread count (in its accessible name too) and, on click or Enter, the
 * newest notifications. The panel follows the button in the DOM, so Tab goes on into it; Escape
 * closes it and returns focus to the bell.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const latest = useLatestNotifications();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const unread = latest.data?.unread ?? 0;

  let label: string = t('notifications.title');
  if (latest.data) {
    label =
      unread > 0
        ? t('notifications.bell.labelUnread', { count: unread })
        : t('notifications.bell.label');
  }

  // antd closes the panel on Escape and on a click outside it.
  const close = () => {
    // Focus inside the panel would be lost with it: give it back to the bell.
    if (wrapper.current?.contains(document.activeElement)) button.current?.focus();
    setOpen(false);
  };

  return (
    <span ref={wrapper} className="notification-bell">
      <Popover
        open={open}
        onOpenChange={(next) => {
          if (next) setOpen(true);
          else close();
        }}
        trigger="click"
        placement="bottomRight"
        arrow={false}
        destroyOnHidden
        getPopupContainer={() => wrapper.current ?? document.body}
        content={
          <Suspense fallback={<Spin size="small" />}>
            <NotificationPanel
              id={panelId}
              query={latest}
              onNavigate={() => {
                setOpen(false);
              }}
            />
          </Suspense>
        }
      >
        <Button
          ref={button}
          type="text"
          aria-label={label}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          icon={
            <Badge count={unread} overflowCount={999} size="small" style={BADGE_STYLE}>
              <BellOutlined aria-hidden style={{ fontSize: 18 }} />
            </Badge>
          }
        />
      </Popover>
    </span>
  );
}
