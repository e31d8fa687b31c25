import { Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/format';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { Round, RoundPage, RoundSort } from '../../../lib/api/types';
import { CurrentRoundTag, RoundStateTag } from './RoundStateTag';

interface RoundTableProps {
  data: RoundPage | undefined;
  loading: boolean;
  table: TableUrlState<RoundSort, 'state'>;
}

export function RoundTable({ data, loading, table }: RoundTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Round> = [
    {
      key: 'year',
      dataIndex: 'year',
      title: t('rounds.year'),
      sorter: true,
      sortOrder: table.sortOrder('year'),
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('rounds.name'),
      sorter: true,
      sortOrder: table.sortOrder('name'),
      render: (_name: string, round) => (
        <Flex wrap gap={8} align="center">
          <Link to={`/rounds/${round.id}`}>{round.name}</Link>
          {round.current && <CurrentRoundTag />}
        </Flex>
      ),
    },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('rounds.state'),
      render: (_state: string, round) => <RoundStateTag state={round.state} />,
    },
    {
      key: 'framework',
      title: t('rounds.framework'),
      render: (_v: unknown, round) => (
        <Link to={`/frameworks/${round.frameworkId}`}>
          {t('rounds.frameworkEdition', {
            name: round.frameworkName,
            edition: round.frameworkEdition,
          })}
        </Link>
      ),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('common.createdAt'),
      sorter: true,
      sortOrder: table.sortOrder('createdAt'),
      render: (value: string) => formatDateTime(value),
    },
  ];

  return <DataTable<Round> columns={columns} data={data} loading={loading} table={table} />;
}
