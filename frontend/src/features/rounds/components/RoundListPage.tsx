import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateButton, FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { useTableUrlState } from '../../../components/useTableUrlState';
import {
  ROUND_SORTS,
  ROUND_STATES,
  type RoundListParams,
  type RoundState,
} from '../../../lib/api/types';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useRounds } from '../api/listRounds';
import { RoundFormModal } from './RoundFormModal';
import { RoundTable } from './RoundTable';

const FILTERS = ['state'] as const;

function asState(value: string | undefined): RoundState | undefined {
  return ROUND_STATES.find((state) => state === value);
}

/** The cultivation rounds, newest year first; city admins create them here. */
export function RoundListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = can(useCurrentUser()?.role, 'manageRounds');
  const table = useTableUrlState({ sorts: ROUND_SORTS, filters: FILTERS });
  const state = asState(table.filters.state);
  const params: RoundListParams = {
    page: table.page,
    size: table.size,
    ...(table.sort && { sort: table.sort }),
    ...(state && { state }),
  };
  const rounds = useRounds(params);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('rounds.listTitle')}
        extra={
          mayManage && (
            <CreateButton
              label={t('rounds.createTitle')}
              onClick={() => {
                setCreating(true);
              }}
            />
          )
        }
      />
      <FilterBar>
        <Select<RoundState>
          aria-label={t('rounds.stateFilter')}
          placeholder={t('rounds.allStates')}
          allowClear={{ label: t('common.clear') }}
          value={state}
          onChange={(value: RoundState | undefined) => {
            table.setFilter('state', value);
          }}
          options={ROUND_STATES.map((s) => ({ value: s, label: t(`rounds.states.${s}`) }))}
          style={{ width: 200 }}
        />
      </FilterBar>
      <QueryProblem query={rounds} />
      <RoundTable data={rounds.data} loading={rounds.isFetching} table={table} />
      <RoundFormModal
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
        onSaved={(round) => void navigate(`/rounds/${round.id}`)}
      />
    </>
  );
}
