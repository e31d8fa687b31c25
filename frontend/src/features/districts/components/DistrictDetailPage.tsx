import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RecordPage, RecordRoute } from '../../../components/RecordPage';
import { useTableUrlState } from '../../../components/useTableUrlState';
import { TOWNSHIP_SORTS, type District, type Township } from '../../../lib/api/types';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useDeleteDistrict } from '../api/deleteDistrict';
import { useDistrict } from '../api/getDistrict';
import { useDistrictTownships } from '../api/listDistrictTownships';
import { DistrictDeleteConsequence } from './DistrictDeleteConsequence';
import { DistrictFormModal } from './DistrictFormModal';
import { DistrictKindLabel } from './DistrictKindLabel';
import { DistrictQuotaUse } from './DistrictQuotaUse';
import { DistrictUsers } from './DistrictUsers';

export function DistrictDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordRoute notFoundTitle={t('district.notFound')}>
      {(id) => <DistrictDetail id={id} />}
    </RecordRoute>
  );
}

function DistrictDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const district = useDistrict(id);
  const role = useCurrentUser()?.role;
  const mayManage = can(role, 'manageDistricts');
  const mayManageUsers = can(role, 'manageUsers');
  const remove = useDeleteDistrict();
  return (
    <RecordPage
      query={district}
      notFoundTitle={t('district.notFound')}
      errorTitle={t('district.detailTitle')}
      list={{ label: t('nav.districts'), to: '/districts' }}
      mayManage={mayManage}
      onDelete={({ etag }) => remove.mutateAsync({ id, etag })}
      deleteConsequence={(value) => <DistrictDeleteConsequence district={value} />}
      fields={(value) => [
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
      ]}
      editor={(open, onClose) => (
        <DistrictFormModal open={open} districtId={id} onClose={onClose} />
      )}
    >
      {(value) => (
        <>
          <DistrictTownships district={value} />
          <DistrictQuotaUse district={value} />
          {mayManageUsers && <DistrictUsers district={value} />}
        </>
      )}
    </RecordPage>
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
