import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatShanghai } from '../../../components/format';
import { StatusTag } from '../../../components/StatusTag';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { Nomination, NominationPage, NominationSort } from '../../../lib/api/types';
import { NextDeadline } from './NextDeadline';
import { NominationStateTag } from './NominationStateTag';

export const NOMINATION_FILTERS = ['state', 'districtId', 'provincialCandidate'] as const;
export type NominationFilter = (typeof NOMINATION_FILTERS)[number];

interface NominationTableProps {
  data: NominationPage | undefined;
  loading: boolean;
  table: TableUrlState<NominationSort, NominationFilter>;
}

export function NominationTable({ data, loading, table }: NominationTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Nomination> = [
    {
      key: 'township',
      title: t('nominations.township'),
      sorter: true,
      sortOrder: table.sortOrder('township'),
      render: (_v: unknown, n) => (
        <Flex vertical>
          <Link to={`/nominations/${n.id}`}>{n.townshipName}</Link>
          <Typography.Text type="secondary">{n.townshipCode}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'district',
      dataIndex: 'districtName',
      title: t('nominations.district'),
      sorter: true,
      sortOrder: table.sortOrder('district'),
    },
    {
      key: 'state',
      title: t('nominations.stateLabel'),
      sorter: true,
      sortOrder: table.sortOrder('state'),
      render: (_v: unknown, n) => <NominationStateTag state={n.state} />,
    },
    {
      key: 'provincialCandidate',
      title: t('nominations.provincialCandidate'),
      render: (_v: unknown, n) =>
        n.provincialCandidate ? (
          <StatusTag tone="positive">{t('nominations.provincialYes')}</StatusTag>
        ) : (
          t('nominations.provincialNo')
        ),
    },
    {
      key: 'deadline',
      title: t('nominations.nextDeadline'),
      render: (_v: unknown, n) => <NextDeadline nomination={n} />,
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('nominations.nominatedAt'),
      sorter: true,
      sortOrder: table.sortOrder('createdAt'),
      render: (value: string) => formatShanghai(value),
    },
  ];
  return <DataTable<Nomination> columns={columns} data={data} loading={loading} table={table} />;
}
