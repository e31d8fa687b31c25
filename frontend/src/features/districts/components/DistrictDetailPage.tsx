import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/ConfirmDeleteButton';
import { formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { NotFoundResult } from '../../../components/StatusResult';
import { tablePagination } from '../../../components/tablePagination';
import { useTableUrlState } from '../../../components/useTableUrlState';
import { isApiError } from '../../../lib/api/client';
import { TOWNSHIP_SORTS, type District, type Township } from '../../../lib/api/types';
import { useDeleteDistrict } from '../api/deleteDistrict';
import { useDistrict } from '../api/getDistrict';
import { useDistrictTownships } from '../api/listDistrictTownships';
import { DistrictFormModal } from './DistrictFormModal';
import { DistrictKindLabel } from './DistrictKindLabel';

export function DistrictDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined)
    return <NotFoundResult title={t('district.notFound')} detail={t('notFound.recordDetail')} />;
  return <DistrictDetail id={id} />;
}

function DistrictDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = can(useCurrentUser()?.role, 'manageDistricts');
  const district = useDistrict(id);
  const remove = useDeleteDistrict();
  const [editing, setEditing] = useState(false);

  if (district.isPending) {
    return <Spin size="large" description={t('common.loading')} />;
  }
  if (district.isError) {
    if (isApiError(district.error) && district.error.status === 404) {
      return <NotFoundResult title={t('district.notFound')} detail={t('notFound.recordDetail')} />;
    }
    return (
      <>
        <PageHeader title={t('district.detailTitle')} />
        <ProblemAlert error={district.error} onRetry={() => void district.refetch()} />
      </>
    );
  }

  const { value, etag } = district.data;
  return (
    <>
      <PageHeader
        title={value.name}
        crumbs={[{ label: t('nav.districts'), to: '/districts' }, { label: value.name }]}
        extra={
          mayManage && (
            <>
              <Button
                icon={<EditOutlined aria-hidden />}
                aria-label={t('common.editItem', { name: value.name })}
                onClick={() => {
                  setEditing(true);
                }}
              >
                {t('common.edit')}
              </Button>
              <ConfirmDeleteButton
                variant="default"
                name={value.name}
                onConfirm={() => remove.mutateAsync({ id, etag })}
                onDeleted={() => void navigate('/districts')}
              />
            </>
          )
        }
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'code', label: t('district.code'), children: value.code },
          {
            key: 'kind',
            label: t('district.kind'),
            children: <DistrictKindLabel kind={value.kind} />,
          },
          {
            key: 'townshipCount',
            label: t('district.townshipCount'),
            children: value.townshipCount,
          },
          {
            key: 'createdAt',
            label: t('common.createdAt'),
            children: formatDateTime(value.createdAt),
          },
          {
            key: 'updatedAt',
            label: t('common.updatedAt'),
            children: formatDateTime(value.updatedAt),
          },
        ]}
      />
      <DistrictTownships district={value} />
      <DistrictFormModal
        open={editing}
        districtId={id}
        onClose={() => {
          setEditing(false);
        }}
      />
    </>
  );
}

function DistrictTownships({ district }: { district: District }) {
  const { t } = useTranslation();
  const table = useTableUrlState({ sorts: TOWNSHIP_SORTS });
  const townships = useDistrictTownships({
    districtId: district.id,
    page: table.page,
    size: table.size,
    ...(table.sort && { sort: table.sort }),
  });

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
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('common.createdAt'),
      sorter: true,
      sortOrder: table.sortOrder('createdAt'),
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <section aria-labelledby="district-townships" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="district-townships" style={{ fontSize: 18 }}>
        {t('district.townships')}
      </Typography.Title>
      {townships.isError && (
        <ProblemAlert error={townships.error} onRetry={() => void townships.refetch()} />
      )}
      <Table<Township>
        rowKey="id"
        columns={columns}
        dataSource={townships.data?.items ?? []}
        loading={townships.isFetching}
        pagination={tablePagination(table, townships.data?.total, t)}
        onChange={table.onTableChange}
        scroll={{ x: 'max-content' }}
        showSorterTooltip={false}
        locale={{ emptyText: t('common.empty') }}
      />
    </section>
  );
}
