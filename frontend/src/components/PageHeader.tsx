import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './useDocumentTitle';

export interface Crumb {
  label: string;
  to?: string;
}

interface PageHeaderProps {
  title: string;
  crumbs?: Crumb[];
  extra?: ReactNode;
  children?: ReactNode;
}

/** The one <h1> of a page; also names the browser tab after it. */
export function PageHeader({ title, crumbs, extra, children }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);

  return (
    <div className="page-header">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={t('common.breadcrumb')}>
          <Breadcrumb
            items={crumbs.map((crumb) => ({
              key: crumb.label,
              title: crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label,
            }))}
          />
        </nav>
      )}
      <Flex wrap gap="small" justify="space-between" align="center">
        <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0' }}>
          {title}
        </Typography.Title>
        {extra && (
          <Flex wrap gap="small">
            {extra}
          </Flex>
        )}
      </Flex>
      {children}
    </div>
  );
}
