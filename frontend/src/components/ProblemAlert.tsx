import { CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api/client';

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Overrides the server's title, e.g. "record changed" for a 412. */
  title?: string;
}

/** Shows a failed request: the server's title and detail, and the request id support asks for. */
export function ProblemAlert({ error, onRetry, title }: ProblemAlertProps) {
  const { t } = useTranslation();
  let heading: string;
  let detail: string | undefined;
  let requestId: string | undefined;
  let retryAfter: number | undefined;
  if (isApiError(error)) {
    retryAfter = error.retryAfter;
    heading = error.isNetworkError ? t('problem.network') : error.title;
    detail = error.isNetworkError ? t('problem.networkDetail') : error.detail;
    requestId = error.requestId;
  } else {
    heading = t('problem.unexpected');
    detail = error instanceof Error ? error.message : undefined;
  }
  return (
    <Alert
      type="error"
      showIcon
      icon={<CloseCircleFilled aria-hidden />}
      title={title ?? heading}
      description={
        detail || requestId || retryAfter !== undefined ? (
          <>
            {detail && <div>{detail}</div>}
            {retryAfter !== undefined && (
              <div>{t('problem.retryAfter', { count: Math.max(1, retryAfter) })}</div>
            )}
            {requestId && (
              <Typography.Text type="secondary" copyable={{ text: requestId }}>
                {t('problem.requestId', { id: requestId })}
              </Typography.Text>
            )}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
