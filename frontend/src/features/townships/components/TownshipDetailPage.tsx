import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordPage, RecordRoute } from '../../../components/RecordPage';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useDeleteTownship } from '../api/deleteTownship';
import { useTownship } from '../api/getTownship';
import { TownshipFormModal } from './TownshipFormModal';
import { TownshipHistorySection } from './TownshipHistorySection';

export function TownshipDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordRoute notFoundTitle={t('township.notFound')}>
      {(id) => <TownshipDetail id={id} />}
    </RecordRoute>
  );
}

function TownshipDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const township = useTownship(id);
  const mayManage = can(useCurrentUser()?.role, 'manageTownships');
  const remove = useDeleteTownship();
  return (
    <RecordPage
      query={township}
      notFoundTitle={t('township.notFound')}
      errorTitle={t('township.detailTitle')}
      list={{ label: t('nav.townships'), to: '/townships' }}
      mayManage={mayManage}
      onDelete={({ etag }) => remove.mutateAsync({ id, etag })}
      fields={(value) => [
        { key: 'code', label: t('township.code'), children: value.code },
        {
          key: 'district',
          label: t('township.district'),
          children: <Link to={`/districts/${value.districtId}`}>{value.districtName}</Link>,
        },
      ]}
      editor={(open, onClose) => (
        <TownshipFormModal open={open} townshipId={id} onClose={onClose} />
      )}
    >
      {() => <TownshipHistorySection townshipId={id} />}
    </RecordPage>
  );
}
