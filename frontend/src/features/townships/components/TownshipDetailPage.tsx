import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Spin } from 'antd';
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
import { isApiError } from '../../../lib/api/client';
import { useDeleteTownship } from '../api/deleteTownship';
import { useTownship } from '../api/getTownship';
import { TownshipFormModal } from './TownshipFormModal';

export function TownshipDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined)
    return <NotFoundResult title={t('township.notFound')} detail={t('notFound.recordDetail')} />;
  return <TownshipDetail id={id} />;
}

function TownshipDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = can(useCurrentUser()?.role, 'manageTownships');
  const township = useTownship(id);
  const remove = useDeleteTownship();
  const [editing, setEditing] = useState(false);

  if (township.isPending) {
    return <Spin size="large" description={t('common.loading')} />;
  }
  if (township.isError) {
    if (isApiError(township.error) && township.error.status === 404) {
      return <NotFoundResult title={t('township.notFound')} detail={t('notFound.recordDetail')} />;
    }
    return (
      <>
        <PageHeader title={t('township.detailTitle')} />
        <ProblemAlert error={township.error} onRetry={() => void township.refetch()} />
      </>
    );
  }

  const { value, etag } = township.data;
  return (
    <>
      <PageHeader
        title={value.name}
        crumbs={[{ label: t('nav.townships'), to: '/townships' }, { label: value.name }]}
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
                onDeleted={() => void navigate('/townships')}
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
          { key: 'code', label: t('township.code'), children: value.code },
          {
            key: 'district',
            label: t('township.district'),
            children: <Link to={`/districts/${value.districtId}`}>{value.districtName}</Link>,
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
      <TownshipFormModal
        open={editing}
        townshipId={id}
        onClose={() => {
          setEditing(false);
        }}
      />
    </>
  );
}
