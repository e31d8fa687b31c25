import { Button, Empty, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/ConfirmDeleteButton';
import { formatDateTime } from '../../../components/format';
import { tablePagination } from '../../../components/tablePagination';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { District, DistrictPage, DistrictSort } from '../../../lib/api/types';
import { useDeleteDistrict } from '../api/deleteDistrict';
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
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_value: unknown, district) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            aria-label={t('common.editItem', { name: district.name })}
            onClick={() => {
              onEdit(district);
            }}
          >
            {t('common.edit')}
          </Button>
          <ConfirmDeleteButton
            name={district.name}
            onConfirm={() => remove.mutateAsync({ id: district.id })}
          />
        </Space>
      ),
    },
  ];

  return (
    <Table<District>
      rowKey="id"
      columns={mayManage ? columns : columns.filter((c) => c.key !== 'actions')}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={tablePagination(table, data?.total, t)}
      onChange={table.onTableChange}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={false}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={table.isFiltered ? t('common.emptyFiltered') : t('common.empty')}
          >
            {table.isFiltered && (
              <Button onClick={table.clearFilters}>{t('common.clearFilters')}</Button>
            )}
          </Empty>
        ),
      }}
    />
  );
}
