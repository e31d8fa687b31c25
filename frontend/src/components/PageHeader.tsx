import { Flex, Typography } from 'antd';
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
        // A plain list rather than antd's Breadcrumb, which brings its dropdown menus along.
        <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
          <ol>
            {crumbs.map((crumb) => (
              <li key={crumb.label}>
                {crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : <span>{crumb.label}</span>}
              </li>
            ))}
          </ol>
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
