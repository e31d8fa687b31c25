import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A full-page "not here" answer: unknown routes and records that do not exist. */
export function NotFoundResult({ title, detail }: { title?: string; detail?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title ?? t('notFound.title')}</h1>}
      subTitle={detail ?? t('notFound.detail')}
      extra={
        <Button
          type="primary"
          onClick={() => {
            void navigate('/');
          }}
        >
          {t('notFound.home')}
        </Button>
      }
    />
  );
}

/** A full-page "your role may not use this" answer, for routes outside the user's role. */
export function ForbiddenResult() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.noAccessTitle')}</h1>}
      subTitle={t('notFound.noAccessDetail')}
      extra={
        <Button
          type="primary"
          onClick={() => {
            void navigate('/');
          }}
        >
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
