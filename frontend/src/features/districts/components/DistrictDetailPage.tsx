import { Descriptions, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/ConfirmDeleteButton';
import { DataTable } from '../../../components/DataTable';
import { EditButton } from '../../../components/EditButton';
import { formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useTableUrlState } from '../../../components/useTableUrlState';
import { TOWNSHIP_SORTS, type District, type Township } from '../../../lib/api/types';
import { useDeleteDistrict } from '../api/deleteDistrict';
import { useDistrict } from '../api/getDistrict';
import { useDistrictTownships } from '../api/listDistrictTownships';
import { DistrictFormModal } from './DistrictFormModal';
import { DistrictKindLabel } from './DistrictKindLabel';

export function DistrictDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('district.notFound')} />;
  return <DistrictDetail id={id} />;
}

function DistrictDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = can(useCurrentUser()?.role, 'manageDistricts');
  const district = useDistrict(id);
  const remove = useDeleteDistrict();
  const [editing, setEditing] = useState(false);

  if (!district.isSuccess) {
    return (
      <RecordLoadState
        query={district}
        notFoundTitle={t('district.notFound')}
        errorTitle={t('district.detailTitle')}
      />
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
              <EditButton
                variant="default"
                name={value.name}
                onClick={() => {
                  setEditing(true);
                }}
              />
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
      <DataTable<Township>
        columns={columns}
        data={townships.data}
        loading={townships.isFetching}
        table={table}
        emptyText={t('common.empty')}
      />
    </section>
  );
}
