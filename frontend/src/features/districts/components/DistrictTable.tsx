import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/format';
import { EditDeleteActions, rowActionsColumn } from '../../../components/rowActions';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { District, DistrictPage, DistrictSort } from '../../../lib/api/types';
import { useDeleteDistrict } from '../api/deleteDistrict';
import { DistrictDeleteConsequence } from './DistrictDeleteConsequence';
import { DistrictKindLabel } from './DistrictKindLabel';

interface DistrictTableProps {
  data: DistrictPage | undefined;
  loading: boolean;
  table: TableUrlState<DistrictSort, 'kind'>;
  onEdit: (district: District) => void;
  /** Whether the user may edit and delete (else the actions column is left out). */
  mayManage: boolean;
}

export function DistrictTable({ data, loading, table, onEdit, mayManage }: DistrictTableProps) {
  const { t } = useTranslation();
  const remove = useDeleteDistrict();

  const columns: TableColumnsType<District> = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('district.code'),
      sorter: true,
      sortOrder: table.sortOrder('code'),
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('district.name'),
      sorter: true,
      sortOrder: table.sortOrder('name'),
      render: (_name: string, district) => (
        <Link to={`/districts/${district.id}`}>{district.name}</Link>
      ),
    },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('district.kind'),
      sorter: true,
      sortOrder: table.sortOrder('kind'),
      render: (_kind: string, district) => <DistrictKindLabel kind={district.kind} />,
    },
    {
      key: 'townshipCount',
      dataIndex: 'townshipCount',
      title: t('district.townshipCount'),
      align: 'right',
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('common.createdAt'),
      sorter: true,
      sortOrder: table.sortOrder('createdAt'),
      render: (value: string) => formatDateTime(value),
    },
    rowActionsColumn<District>(t('common.actions'), (district) => (
      <EditDeleteActions
        name={district.name}
        onEdit={() => {
          onEdit(district);
        }}
        onDelete={() => remove.mutateAsync({ id: district.id })}
        deleteConsequence={<DistrictDeleteConsequence district={district} />}
      />
    )),
  ];

  return (
    <DataTable<District>
      columns={mayManage ? columns : columns.filter((c) => c.key !== 'actions')}
      data={data}
      loading={loading}
      table={table}
    />
  );
}
