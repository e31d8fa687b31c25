import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/format';
import { EditDeleteActions, rowActionsColumn } from '../../../components/rowActions';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { Township, TownshipPage, TownshipSort } from '../../../lib/api/types';
import { useDeleteTownship } from '../api/deleteTownship';

interface TownshipTableProps {
  data: TownshipPage | undefined;
  loading: boolean;
  table: TableUrlState<TownshipSort, 'districtId'>;
  onEdit: (township: Township) => void;
  /** Whether the user may edit and delete (else the actions column is left out). */
  mayManage: boolean;
}

export function TownshipTable({ data, loading, table, onEdit, mayManage }: TownshipTableProps) {
  const { t } = useTranslation();
  const remove = useDeleteTownship();

  const columns: TableColumnsType<Township> = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('township.code'),
      sorter: true,
      sortOrder: table.sortOrder('code'),
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('township.name'),
      sorter: true,
      sortOrder: table.sortOrder('name'),
      render: (_name: string, township) => (
        <Link to={`/townships/${township.id}`}>{township.name}</Link>
      ),
    },
    {
      key: 'district',
      dataIndex: 'districtName',
      title: t('township.district'),
      sorter: true,
      sortOrder: table.sortOrder('district'),
      render: (_name: string, township) => (
        <Link to={`/districts/${township.districtId}`}>{township.districtName}</Link>
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
    rowActionsColumn<Township>(t('common.actions'), (township) => (
      <EditDeleteActions
        name={township.name}
        onEdit={() => {
          onEdit(township);
        }}
        onDelete={() => remove.mutateAsync({ id: township.id })}
      />
    )),
  ];

  return (
    <DataTable<Township>
      columns={mayManage ? columns : columns.filter((c) => c.key !== 'actions')}
      data={data}
      loading={loading}
      table={table}
    />
  );
}
