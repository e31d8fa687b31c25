import { Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/ConfirmDeleteButton';
import { EditButton } from '../../../components/EditButton';
import { formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useDeleteTownship } from '../api/deleteTownship';
import { useTownship } from '../api/getTownship';
import { TownshipFormModal } from './TownshipFormModal';

export function TownshipDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('township.notFound')} />;
  return <TownshipDetail id={id} />;
}

function TownshipDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = can(useCurrentUser()?.role, 'manageTownships');
  const township = useTownship(id);
  const remove = useDeleteTownship();
  const [editing, setEditing] = useState(false);

  if (!township.isSuccess) {
    return (
      <RecordLoadState
        query={township}
        notFoundTitle={t('township.notFound')}
        errorTitle={t('township.detailTitle')}
      />
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
