import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import { useRoundDistricts } from '../../../lib/api/roundDistricts';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { mayCall, overseesCity } from '../../../lib/auth/permissions';
import { useRoundFramework } from '../api/getRoundFramework';
import { useEvidenceQueue } from '../api/listEvidence';
import { useRecentRounds } from '../../../lib/rounds/recentRounds';
import {
  EVIDENCE_QUEUE_SORTS,
  EVIDENCE_STATES,
  type EvidenceQueueParams,
  type EvidenceState,
} from '../api/types';
import { EvidenceQueueTable, type BulkReview } from './EvidenceQueueTable';

export const QUEUE_FILTERS = ['roundId', 'districtId', 'indicatorCode', 'state'] as const;

/** The states of the `state` URL parameter: comma-separated, unknown ones dropped. */
export function parseStates(raw: string | undefined): EvidenceState[] {
  if (!raw) return [];
  const wanted = raw.split(',');
  return EVIDENCE_STATES.filter((s) => wanted.includes(s));
}

/**
 * `/evidence/review`: the evidence to review, for the district (approve / return) and the city
 * (accept / return). Filters, paging and sorting live in the URL, so a queue can be bookmarked.
 */
export function EvidenceReviewPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const oversee = overseesCity(me?.role);
  const table = useTableUrlState({ sorts: EVIDENCE_QUEUE_SORTS, filters: QUEUE_FILTERS });
  const rounds = useRecentRounds();
  const [, setParams] = useSearchParams();
  const roundId = parseId(table.filters.roundId);
  const districtId = oversee ? parseId(table.filters.districtId) : undefined;
  const indicatorCode = /^[A-Za-z0-9]{1,8}$/.test(table.filters.indicatorCode ?? '')
    ? table.filters.indicatorCode
    : undefined;
  const states = parseStates(table.filters.state);

  // No round chosen yet: start at the current one, replacing the URL (Back leaves the page).
  const defaultRound = rounds.data?.find((r) => r.current) ?? rounds.data?.[0];
  useEffect(() => {
    if (table.filters.roundId === undefined && defaultRound) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('roundId', String(defaultRound.id));
          return next;
        },
        { replace: true },
      );
    }
  }, [table.filters.roundId, defaultRound, setParams]);

  const framework = useRoundFramework(roundId);
  const roundDistricts = useRoundDistricts(oversee ? roundId : undefined);
  const { page, size, sort } = listParams(table);
  const params: EvidenceQueueParams = {
    page,
    size,
    ...(sort && { sort }),
    ...(roundId && { roundId }),
    ...(districtId && { districtId }),
    ...(indicatorCode && { indicatorCode }),
    ...(states.length > 0 && { state: states }),
  };
  const queue = useEvidenceQueue(
    params,
    roundId !== undefined || (rounds.isSuccess && !defaultRound),
  );

  const bulk: BulkReview | undefined = mayCall(me?.role, 'approveEvidence')
    ? { action: 'APPROVE', from: 'SUBMITTED' }
    : mayCall(me?.role, 'acceptEvidence')
      ? { action: 'ACCEPT', from: 'DISTRICT_APPROVED' }
      : undefined;

  return (
    <>
      <PageHeader title={t('evidence.queue.title')} />
      <QueryProblem query={rounds} />
      <FilterBar>
        <Select<number>
          aria-label={t('evidence.queue.roundFilter')}
          placeholder={t('evidence.queue.allRounds')}
          value={roundId}
          loading={rounds.isPending}
          onChange={(value: number | undefined) => {
            table.setFilter('roundId', value === undefined ? undefined : String(value));
          }}
          options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          style={{ width: 260, maxWidth: '100%' }}
        />
        {oversee && (
          <Select<number>
            aria-label={t('evidence.queue.districtFilter')}
            placeholder={t('evidence.queue.allDistricts')}
            allowClear={{ label: t('common.clear') }}
            showSearch={{ optionFilterProp: 'label' }}
            value={districtId}
            loading={roundDistricts.isPending && roundId !== undefined}
            onChange={(value: number | undefined) => {
              table.setFilter('districtId', value === undefined ? undefined : String(value));
            }}
            options={(roundDistricts.data ?? []).map((d) => ({
              value: d.districtId,
              label: d.districtName,
            }))}
            style={{ width: 200, maxWidth: '100%' }}
          />
        )}
        <Select<string>
          aria-label={t('evidence.queue.indicatorFilter')}
          placeholder={t('evidence.queue.allIndicators')}
          allowClear={{ label: t('common.clear') }}
          showSearch={{ optionFilterProp: 'label' }}
          value={indicatorCode}
          onChange={(value: string | undefined) => {
            table.setFilter('indicatorCode', value);
          }}
          options={(framework.data?.categories ?? []).flatMap((c) =>
            c.indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.titleZh}` })),
          )}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Select<EvidenceState[]>
          mode="multiple"
          aria-label={t('evidence.queue.stateFilter')}
          placeholder={t('evidence.queue.allStates')}
          allowClear={{ label: t('common.clear') }}
          value={states}
          onChange={(value: EvidenceState[]) => {
            table.setFilter('state', value.length > 0 ? value.join(',') : undefined);
          }}
          options={EVIDENCE_STATES.map((s) => ({ value: s, label: t(`evidence.state.${s}`) }))}
          style={{ minWidth: 200, maxWidth: '100%' }}
        />
      </FilterBar>
      <QueryProblem query={queue} />
      <EvidenceQueueTable data={queue.data} loading={queue.isFetching} table={table} bulk={bulk} />
    </>
  );
}
