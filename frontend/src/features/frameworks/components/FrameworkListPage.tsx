import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import type { FrameworkSummary } from '../../../lib/api/types';
import { useFrameworks } from '../api/listFrameworks';
import { FrameworkStatusTag } from './FrameworkStatusTag';
import { ListTable } from '../../../components/ListTable';

/** The editions of the indicator framework; each links to its indicators. */
export function FrameworkListPage() {
  const { t } = useTranslation();
  const frameworks = useFrameworks();
  const byId = new Map((frameworks.data ?? []).map((f) => [f.id, f]));

  const columns: TableColumnsType<FrameworkSummary> = [
    {
      key: 'name',
      title: t('frameworks.name'),
      render: (_v: unknown, f) => <Link to={`/frameworks/${f.id}`}>{f.name}</Link>,
    },
    {
      key: 'edition',
      title: t('frameworks.edition'),
      render: (_v: unknown, f) => t('frameworks.editionOf', { edition: f.edition }),
    },
    {
      key: 'status',
      title: t('frameworks.status'),
      render: (_v: unknown, f) => <FrameworkStatusTag frozen={f.frozen} />,
    },
    {
      key: 'standardCount',
      dataIndex: 'standardCount',
      title: t('frameworks.standardCount'),
      align: 'right',
    },
    {
      key: 'bonusCount',
      dataIndex: 'bonusCount',
      title: t('frameworks.bonusCount'),
      align: 'right',
    },
    {
      key: 'basedOn',
      title: t('frameworks.basedOn'),
      render: (_v: unknown, f) => {
        if (f.basedOnId === null || f.basedOnId === undefined) return '—';
        const source = byId.get(f.basedOnId);
        return (
          <Link to={`/frameworks/${f.basedOnId}`}>
            {source
              ? `${source.name} ${t('frameworks.editionOf', { edition: source.edition })}`
              : `#${f.basedOnId}`}
          </Link>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('frameworks.title')}>
        <Typography.Paragraph type="secondary">{t('frameworks.listIntro')}</Typography.Paragraph>
      </PageHeader>
      <QueryProblem query={frameworks} />
      <ListTable<FrameworkSummary>
        rowKey={(f) => f.id}
        columns={columns}
        rows={frameworks.data}
        loading={frameworks.isFetching}
        emptyText={t('common.empty')}
      />
    </>
  );
}
