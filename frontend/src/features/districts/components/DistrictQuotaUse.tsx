import { useQueries } from '@tanstack/react-query';
import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../../components/ListTable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QuotaMeter } from '../../../components/QuotaMeter';
import { fetchRoundDistricts } from '../../../lib/api/roundDistricts';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { District, Round } from '../../../lib/api/types';
import { useRecentRounds } from '../../../lib/rounds/recentRounds';

/** How many of the latest rounds a district's page shows. */
export const QUOTA_ROUNDS = 3;

interface QuotaRow {
  round: Round;
  used: number;
  quota: number;
}

/** The district's places in the latest rounds that have opened: used of its quota, per round. */
export function DistrictQuotaUse({ district }: { district: District }) {
  const { t } = useTranslation();
  const rounds = useRecentRounds();
  const shown = (rounds.data ?? []).filter((r) => r.state !== 'DRAFT').slice(0, QUOTA_ROUNDS);
  const quotas = useQueries({
    queries: shown.map((round) => ({
      queryKey: queryKeys.rounds.districts(round.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchRoundDistricts(round.id, signal),
    })),
  });
  const failed = rounds.error ?? quotas.find((q) => q.isError)?.error;
  const rows: QuotaRow[] | undefined =
    rounds.data && quotas.every((q) => q.data)
      ? shown.flatMap((round, i) => {
          const own = quotas[i]?.data?.find((d) => d.districtId === district.id);
          return own ? [{ round, used: own.used, quota: own.quota }] : [];
        })
      : undefined;
  const columns: TableColumnsType<QuotaRow> = [
    {
      key: 'round',
      title: t('district.quotaRound'),
      render: (_v: unknown, row) => <Link to={`/rounds/${row.round.id}`}>{row.round.name}</Link>,
    },
    {
      key: 'state',
      title: t('district.quotaRoundState'),
      render: (_v: unknown, row) => t(`rounds.states.${row.round.state}`),
    },
    {
      key: 'quota',
      title: t('district.quotaUse'),
      render: (_v: unknown, row) => (
        <QuotaMeter used={row.used} quota={row.quota} name={row.round.name} />
      ),
    },
  ];
  return (
    <section aria-labelledby="district-quota" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="district-quota" style={{ fontSize: 18 }}>
        {t('district.quotaTitle')}
      </Typography.Title>
      {failed && <ProblemAlert error={failed} onRetry={() => void rounds.refetch()} />}
      <ListTable<QuotaRow>
        columns={columns}
        rows={rows}
        loading={rows === undefined && !failed}
        rowKey={(row) => row.round.id}
        emptyText={t('district.quotaEmpty')}
      />
    </section>
  );
}
