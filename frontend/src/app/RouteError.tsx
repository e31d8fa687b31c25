import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundResult } from '../components/StatusResult';

/** Last resort for a render error, so the user sees a message rather than a blank page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundResult />;
  return (
    <main>
      <Result
        status="error"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('problem.unexpected')}</h1>}
        subTitle={error instanceof Error ? error.message : undefined}
      />
    </main>
  );
}
