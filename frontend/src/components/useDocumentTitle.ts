import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page: "<title> - <product>". */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('app.title');
  useEffect(() => {
    document.title = `${title} - ${product}`;
  }, [title, product]);
}
