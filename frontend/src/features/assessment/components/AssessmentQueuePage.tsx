import { Button, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { SearchInput } from '../../../components/SearchInput';
import { tablePagination } from '../../../components/tablePagination';
import { useTableUrlState } from '../../../components/useTableUrlState';
import { useRoundDistricts } from '../../../lib/api/roundDistricts';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useRoundVerdicts } from '../api/listRoundVerdicts';
import {
  VERDICT_STATUS_FILTERS,
  type RoundVerdictParams,
  type RoundVerdictRow,
  type VerdictStatusFilter,
} from '../api/types';
import { ProposalTag, VerdictTag } from './tags';
import { judgePath, verdictPath } from './paths';
import { ROUND_PARAM, useRoundParam } from './useRoundParam';

export const QUEUE_SORTS = [
  'township',
  '-township',
  'district',
  '-district',
  'progress',
  '-progress',
] as const;
type QueueSort = (typeof QUEUE_SORTS)[number];
// The round is not a table filter: clearing the filters keeps it.
const QUEUE_FILTERS = ['districtId', 'status'] as const;

function compare(sort: QueueSort | undefined): (a: RoundVerdictRow, b: RoundVerdictRow) => number {
  const field = (sort ?? 'township').replace(/^-/, '');
  const sign = sort?.startsWith('-') ? -1 : 1;
  return (a, b) => {
    let order: number;
    if (field === 'district') order = a.districtName.localeCompare(b.districtName, 'zh-CN');
    else if (field === 'progress')
      order = a.judged / (a.standardTotal || 1) - b.judged / (b.standardTotal || 1);
    else order = 0;
    return sign * (order || a.townshipCode.localeCompare(b.townshipCode));
  };
}

/**
 * `/assessment`: the round's nominations submitted for assessment, with judging progress, the
 * system's proposal and the verdict. The round's list is bounded by its quotas, so searching,
 * sorting and paging happen here; all of it lives in the URL.
 */
export function AssessmentQueuePage() {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const { rounds, roundId, choose } = useRoundParam();
  const table = useTableUrlState({ sorts: QUEUE_SORTS, filters: QUEUE_FILTERS });
  const districtId = parseId(table.filters.districtId);
  const status = VERDICT_STATUS_FILTERS.find((s) => s === table.filters.status);
  const params: RoundVerdictParams = {
    ...(districtId && { districtId }),
    ...(status && { status }),
  };
  const verdicts = useRoundVerdicts(roundId, params);
  const districts = useRoundDistricts(roundId);

  const rows = useMemo(() => {
    const q = table.q.toLowerCase();
    return (verdicts.data?.items ?? [])
      .filter((r) => !q || r.townshipName.toLowerCase().includes(q) || r.townshipCode.includes(q))
      .sort(compare(table.sort));
  }, [verdicts.data, table.q, table.sort]);
  const pageRows = rows.slice((table.page - 1) * table.size, table.page * table.size);
  const roundQuery = roundId === undefined ? '' : `?${ROUND_PARAM}=${String(roundId)}`;

  const columns: TableColumnsType<RoundVerdictRow> = [
    {
      key: 'township',
      title: t('assessment.queue.township'),
      sorter: true,
      sortOrder: table.sortOrder('township'),
      render: (_v: unknown, r) => (
        <Link
          to={judgePath(r.nominationId)}
          aria-label={t('assessment.queue.open', { township: r.townshipName })}
        >
          {r.townshipName}
        </Link>
      ),
    },
    {
      key: 'district',
      title: t('assessment.queue.district'),
      sorter: true,
      sortOrder: table.sortOrder('district'),
      dataIndex: 'districtName',
    },
    {
      key: 'progress',
      title: t('assessment.queue.progress'),
      sorter: true,
      sortOrder: table.sortOrder('progress'),
      render: (_v: unknown, r) => (
        <Flex vertical>
          <span>
            {t('assessment.queue.progressValue', { judged: r.judged, total: r.standardTotal })}
          </span>
          <Typography.Text type="secondary">
            {t('assessment.queue.metValue', { met: r.met })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'proposal',
      title: t('assessment.queue.proposal'),
      render: (_v: unknown, r) => (r.proposal ? <ProposalTag decision={r.proposal} /> : '—'),
    },
    {
      key: 'verdict',
      title: t('assessment.queue.verdict'),
      render: (_v: unknown, r) => (
        <Flex gap="small" align="center" wrap>
          <VerdictTag revision={r.verdict ?? null} />
          <Link
            to={verdictPath(r.nominationId)}
            aria-label={t('assessment.queue.verdictOf', { township: r.townshipName })}
          >
            {t('assessment.queue.openVerdict')}
          </Link>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('assessment.queue.title')}
        extra={
          <>
            <Link to={`/ranking${roundQuery}`}>{t('assessment.queue.ranking')}</Link>
            {can(role, 'decideVerdicts') && (
              <Link to={`/assessment/publication${roundQuery}`}>
                {t('assessment.queue.publication')}
              </Link>
            )}
          </>
        }
      />
      <QueryProblem query={rounds} />
      <FilterBar>
        <Select<number>
          aria-label={t('assessment.queue.roundFilter')}
          placeholder={t('assessment.queue.allRounds')}
          value={roundId}
          loading={rounds.isPending}
          onChange={choose}
          options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Select<number>
          aria-label={t('assessment.queue.districtFilter')}
          placeholder={t('assessment.queue.allDistricts')}
          allowClear={{ label: t('common.clear') }}
          showSearch={{ optionFilterProp: 'label' }}
          value={districtId}
          onChange={(value: number | undefined) => {
            table.setFilter('districtId', value === undefined ? undefined : String(value));
          }}
          options={(districts.data ?? []).map((d) => ({
            value: d.districtId,
            label: d.districtName,
          }))}
          style={{ width: 200, maxWidth: '100%' }}
        />
        <Select<VerdictStatusFilter>
          aria-label={t('assessment.queue.statusFilter')}
          placeholder={t('assessment.queue.allStatuses')}
          allowClear={{ label: t('common.clear') }}
          value={status}
          onChange={(value: VerdictStatusFilter | undefined) => {
            table.setFilter('status', value);
          }}
          options={VERDICT_STATUS_FILTERS.map((s) => ({
            value: s,
            label: t(`assessment.statusFilter.${s}`),
          }))}
          style={{ width: 180, maxWidth: '100%' }}
        />
        <SearchInput
          value={table.q}
          onChange={table.setQ}
          label={t('assessment.queue.searchLabel')}
          placeholder={t('assessment.queue.searchPlaceholder')}
        />
      </FilterBar>
      <QueryProblem query={verdicts} />
      <div className="assessment-scroll">
        <Table<RoundVerdictRow>
          rowKey="nominationId"
          columns={columns}
          dataSource={pageRows}
          loading={verdicts.isFetching}
          pagination={tablePagination(table, rows.length, t)}
          onChange={table.onTableChange}
          showSorterTooltip={false}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  table.isFiltered ? t('common.emptyFiltered') : t('assessment.queue.empty')
                }
              >
                {table.isFiltered && (
                  <Button onClick={table.clearFilters}>{t('common.clearFilters')}</Button>
                )}
              </Empty>
            ),
          }}
        />
      </div>
    </>
  );
}
