import { CheckOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api/client';
import { useMarkAllNotificationsRead } from '../api/markAllNotificationsRead';

interface MarkAllReadButtonProps {
  /** Unread notifications; with none the button is disabled. */
  unread: number;
  size?: ButtonProps['size'];
}

/** Marks every notification of the user read and says how many that was. */
export function MarkAllReadButton({ unread, size }: MarkAllReadButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const markAll = useMarkAllNotificationsRead();
  const failureTitle = (error: unknown) => {
    if (!isApiError(error)) return t('problem.unexpected');
    return error.isNetworkError ? t('problem.network') : error.title;
  };
  return (
    <Button
      size={size}
      icon={<CheckOutlined aria-hidden />}
      disabled={unread === 0}
      loading={markAll.isPending}
      onClick={() => {
        markAll.mutate(undefined, {
          onSuccess: (result) =>
            void message.success(t('notifications.markedAll', { count: result.marked })),
          onError: (error) => void message.error(failureTitle(error)),
        });
      }}
    >
      {t('notifications.markAllRead')}
    </Button>
  );
}
