import { Space, Typography, type TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../../components/ListPageParts';
import { QuotaMeter } from '../../../components/QuotaMeter';
import type { RoundDistrict } from '../../../lib/api/types';
import { useRoundDistricts } from '../../../lib/api/roundDistricts';
import { ListTable } from '../../../components/ListTable';

/** For city roles: every district's places used and the townships it picked for the province. */
export function ProvincialOverview({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const districts = useRoundDistricts(roundId);

  const columns: TableColumnsType<RoundDistrict> = [
    { key: 'district', dataIndex: 'districtName', title: t('nominations.district') },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('nominations.districtKind'),
      render: (_v: unknown, d) => t(`district.kinds.${d.kind}`),
    },
    {
      key: 'quota',
      title: t('nominations.quotaUsed'),
      render: (_v: unknown, d) => (
        <QuotaMeter used={d.used} quota={d.quota} name={d.districtName} />
      ),
    },
    {
      key: 'candidates',
      title: t('nominations.provincialCandidates'),
      render: (_v: unknown, d) =>
        d.provincialCandidates.length === 0 ? (
          t('nominations.noProvincialCandidates')
        ) : (
          <Space wrap size={[12, 4]}>
            {d.provincialCandidates.map((c) => (
              <Link key={c.nominationId} to={`/nominations/${c.nominationId}`}>
                {c.townshipName}
              </Link>
            ))}
          </Space>
        ),
    },
  ];

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('nominations.overviewTitle')}
      </Typography.Title>
      <QueryProblem query={districts} />
      <ListTable<RoundDistrict>
        rowKey={(d) => d.districtId}
        size="small"
        columns={columns}
        rows={districts.data}
        loading={districts.isFetching}
        emptyText={t('common.empty')}
      />
    </section>
  );
}
