import { Empty, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../../../components/ExportButtons';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { RoundSelector } from '../../../components/RoundSelector';
import { parseId } from '../../../components/parseId';
import { SearchInput } from '../../../components/SearchInput';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import {
  NOMINATION_SORTS,
  NOMINATION_STATES,
  type NominationListParams,
  type NominationState,
} from '../../../lib/api/types';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can, overseesCity } from '../../../lib/auth/permissions';
import { useNominations } from '../api/listNominations';
import { useRoundDistricts } from '../../../lib/api/roundDistricts';
import { DistrictQuotaPanel } from './DistrictQuotaPanel';
import { NOMINATION_FILTERS, NominationTable } from './NominationTable';
import { ProvincialOverview } from './ProvincialOverview';
import { useSelectedRound } from './useSelectedRound';

/** The townships nominated into a round: quota and nominating for districts, overview for the city. */
export function NominationListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const oversee = overseesCity(me?.role);
  const { rounds, round, select } = useSelectedRound();
  const table = useTableUrlState({ sorts: NOMINATION_SORTS, filters: NOMINATION_FILTERS });
  const state = NOMINATION_STATES.find((s) => s === table.filters.state);
  const districtId = oversee ? parseId(table.filters.districtId) : undefined;
  const provincialFilter = table.filters.provincialCandidate;
  const provincial =
    provincialFilter === 'true' ? true : provincialFilter === 'false' ? false : undefined;
  const params: NominationListParams = {
    ...listParams(table),
    ...(round && { roundId: round.id }),
    ...(state && { state }),
    ...(districtId && { districtId }),
    ...(provincial !== undefined && { provincialCandidate: provincial }),
  };
  const nominations = useNominations(params, round !== undefined);
  // The districts of the round name the district filter's options for city roles.
  const roundDistricts = useRoundDistricts(oversee ? round?.id : undefined);

  return (
    <>
      <PageHeader
        title={t('nav.nominations')}
        extra={
          <Space wrap>
            <RoundSelector
              rounds={rounds.data?.items ?? []}
              value={round?.id}
              loading={rounds.isPending}
              onChange={select}
            />
            {round && (
              <ExportButtons
                kind="nominations"
                filters={{
                  roundId: round.id,
                  state,
                  districtId,
                  provincialCandidate: provincial,
                  q: table.q,
                }}
              />
            )}
          </Space>
        }
      />
      <QueryProblem query={rounds} />
      {rounds.isSuccess && !round && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nominations.noRounds')} />
      )}
      {round && (
        <>
          {can(me?.role, 'nominate') && me?.districtId && (
            <DistrictQuotaPanel round={round} districtId={me.districtId} />
          )}
          <FilterBar>
            <SearchInput
              value={table.q}
              onChange={table.setQ}
              label={t('nominations.searchLabel')}
              placeholder={t('nominations.searchPlaceholder')}
            />
            <Select<NominationState>
              aria-label={t('nominations.stateFilter')}
              placeholder={t('nominations.allStates')}
              allowClear={{ label: t('common.clear') }}
              value={state}
              onChange={(value: NominationState | undefined) => {
                table.setFilter('state', value);
              }}
              options={NOMINATION_STATES.map((s) => ({
                value: s,
                label: t(`nominations.state.${s}`),
              }))}
              style={{ width: 180 }}
            />
            {oversee && (
              <Select<number>
                aria-label={t('nominations.districtFilter')}
                placeholder={t('nominations.allDistricts')}
                allowClear={{ label: t('common.clear') }}
                showSearch={{ optionFilterProp: 'label' }}
                value={districtId}
                loading={roundDistricts.isPending}
                onChange={(value: number | undefined) => {
                  table.setFilter('districtId', value === undefined ? undefined : String(value));
                }}
                options={(roundDistricts.data ?? []).map((d) => ({
                  value: d.districtId,
                  label: d.districtName,
                }))}
                style={{ width: 200 }}
              />
            )}
            <Select<'true' | 'false'>
              aria-label={t('nominations.provincialFilter')}
              placeholder={t('nominations.allProvincial')}
              allowClear={{ label: t('common.clear') }}
              value={provincial === undefined ? undefined : provincial ? 'true' : 'false'}
              onChange={(value: 'true' | 'false' | undefined) => {
                table.setFilter('provincialCandidate', value);
              }}
              options={[
                { value: 'true', label: t('nominations.provincialYes') },
                { value: 'false', label: t('nominations.provincialNotSelected') },
              ]}
              style={{ width: 180 }}
            />
          </FilterBar>
          <QueryProblem query={nominations} />
          <NominationTable data={nominations.data} loading={nominations.isFetching} table={table} />
          {oversee && <ProvincialOverview roundId={round.id} />}
        </>
      )}
    </>
  );
}
