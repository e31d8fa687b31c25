import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundResult } from '../components/StatusResult';

export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t('notFound.title');
  const product = t('app.title');
  useEffect(() => {
    document.title = `${title} - ${product}`;
  }, [title, product]);
  return <NotFoundResult />;
}
