import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * Last resort for a render error, so the user sees a message rather than a blank page. Built from
 * what the first screen already loaded (no illustrated antd Result): it must show even when the
 * error is that a page's code could not be downloaded.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  let detail: string | undefined;
  if (notFound) detail = t('notFound.detail');
  else if (error instanceof Error) detail = error.message;
  return (
    <main className="app-main">
      <Alert
        type="error"
        showIcon
        title={
          <h1 style={{ fontSize: 24, margin: 0 }}>
            {notFound ? t('notFound.title') : t('problem.unexpected')}
          </h1>
        }
        description={detail}
        action={<a href="/">{t('notFound.home')}</a>}
      />
    </main>
  );
}
