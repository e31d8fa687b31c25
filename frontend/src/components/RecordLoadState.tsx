import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api/client';
import { PageHeader } from './PageHeader';
import { ProblemAlert } from './ProblemAlert';
import { NotFoundResult } from './StatusResult';

/** A full-page answer for a record that does not exist. */
export function RecordNotFound({ title }: { title: string }) {
  const { t } = useTranslation();
  return <NotFoundResult title={title} detail={t('notFound.recordDetail')} />;
}

interface RecordLoadStateProps {
  query: { isPending: boolean; error: unknown; refetch: () => Promise<unknown> };
  notFoundTitle: string;
  /** The page title while the record cannot be shown. */
  errorTitle: string;
}

/** What a detail page shows until its record has loaded: a spinner, "not found", or the problem. */
export function RecordLoadState({ query, notFoundTitle, errorTitle }: RecordLoadStateProps) {
  const { t } = useTranslation();
  if (query.isPending) return <Spin size="large" description={t('common.loading')} />;
  if (isApiError(query.error) && query.error.status === 404) {
    return <RecordNotFound title={notFoundTitle} />;
  }
  return (
    <>
      <PageHeader title={errorTitle} />
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
    </>
  );
}
