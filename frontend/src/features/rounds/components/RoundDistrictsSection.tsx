import { Button, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/ListPageParts';
import { QuotaMeter } from '../../../components/QuotaMeter';
import type { RoundDistrict } from '../../../lib/api/types';
import { useRoundDistricts } from '../../../lib/api/roundDistricts';
import { QuotaFormModal } from './QuotaFormModal';
import { ListTable } from '../../../components/ListTable';

interface RoundDistrictsSectionProps {
  roundId: number;
  /** The round's ETag: a quota is a setting of the round, so its override sends it in If-Match. */
  roundEtag: string | undefined;
  /** City admins may override quotas while the round can still change (EDIT allowed). */
  mayOverride: boolean;
}

/** Quota, places used and provincial candidates per district (the server scopes the rows). */
export function RoundDistrictsSection({
  roundId,
  roundEtag,
  mayOverride,
}: RoundDistrictsSectionProps) {
  const { t } = useTranslation();
  const districts = useRoundDistricts(roundId);
  const [editing, setEditing] = useState<RoundDistrict | null>(null);

  const columns: TableColumnsType<RoundDistrict> = [
    {
      key: 'district',
      title: t('rounds.districts.district'),
      render: (_v: unknown, d) => `${d.districtName}（${d.districtCode}）`,
    },
    {
      key: 'kind',
      title: t('rounds.districts.kind'),
      render: (_v: unknown, d) => t(`rounds.kinds.${d.kind}`),
    },
    { key: 'quota', dataIndex: 'quota', title: t('rounds.districts.quota'), align: 'right' },
    { key: 'used', dataIndex: 'used', title: t('rounds.districts.used'), align: 'right' },
    {
      key: 'meter',
      title: t('rounds.districts.meter'),
      render: (_v: unknown, d) => (
        <QuotaMeter used={d.used} quota={d.quota} name={d.districtName} />
      ),
    },
    {
      key: 'candidates',
      title: t('rounds.districts.candidates'),
      render: (_v: unknown, d) =>
        d.provincialCandidates.length > 0
          ? d.provincialCandidates.map((c) => c.townshipName).join('、')
          : t('rounds.districts.noCandidates'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v: unknown, d) => (
        <Button
          type="link"
          size="small"
          aria-label={t('rounds.quota.editItem', { name: d.districtName })}
          onClick={() => {
            setEditing(d);
          }}
        >
          {t('rounds.quota.edit')}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="round-districts" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="round-districts" style={{ fontSize: 18 }}>
        {t('rounds.districts.title')}
      </Typography.Title>
      <QueryProblem query={districts} />
      <ListTable<RoundDistrict>
        rowKey={(d) => d.districtId}
        columns={mayOverride ? columns : columns.filter((c) => c.key !== 'actions')}
        rows={districts.data}
        loading={districts.isFetching}
        emptyText={t('rounds.districts.empty')}
      />
      <QuotaFormModal
        roundId={roundId}
        roundEtag={roundEtag}
        district={editing}
        onClose={() => {
          setEditing(null);
        }}
      />
    </section>
  );
}
