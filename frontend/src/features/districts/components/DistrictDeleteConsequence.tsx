import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../lib/api/types';
import { useLiveNominationCount } from '../api/districtNominationCounts';

/**
 * What deleting a district would meet, for its confirmation: its townships and their running
 * nominations, counted. Nothing for a district without townships (the deletion goes through).
 */
export function DistrictDeleteConsequence({ district }: { district: District }) {
  if (district.townshipCount === 0) return null;
  return <WithTownships district={district} />;
}

function WithTownships({ district }: { district: District }) {
  const { t } = useTranslation();
  const live = useLiveNominationCount(district.id);
  return (
    <Alert
      type="warning"
      showIcon
      title={
        <>
          {t('district.deleteTownships', { name: district.name, count: district.townshipCount })}
          {live.data !== undefined && live.data > 0 && (
            <> {t('district.deleteLiveNominations', { count: live.data })}</>
          )}
        </>
      }
    />
  );
}
