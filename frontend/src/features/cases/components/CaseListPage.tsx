import { Button, InputNumber, Select, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/format';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useCases } from '../api/listCases';
import {
  CASE_SORTS,
  CASE_STATES,
  type CaseListItem,
  type CaseListParams,
  type CaseState,
} from '../api/types';
import { CaseStateTag } from './CaseStateTag';

const FILTERS = ['state', 'year'] as const;

function asState(value: string | undefined): CaseState | undefined {
  return CASE_STATES.find((s) => s === value);
}

function asYear(value: string | undefined): number | undefined {
  const year = value === undefined ? NaN : Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2199 ? year : undefined;
}

/** The cases the caller may see, filtered, sorted and paged in the URL. */
export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayWrite = can(useCurrentUser()?.role, 'writeCases');
  const table = useTableUrlState({ sorts: CASE_SORTS, filters: FILTERS });
  const state = asState(table.filters.state);
  const year = asYear(table.filters.year);
  const params: CaseListParams = {
    ...listParams(table),
    ...(state && { state }),
    ...(year && { year }),
  };
  const cases = useCases(params);

  const columns: TableColumnsType<CaseListItem> = [
    {
      key: 'title',
      dataIndex: 'title',
      title: t('cases.title'),
      sorter: true,
      sortOrder: table.sortOrder('title'),
      render: (_title: string, c) => <Link to={`/cases/${String(c.id)}`}>{c.title}</Link>,
    },
    {
      key: 'township',
      dataIndex: 'townshipName',
      title: t('cases.township'),
      sorter: true,
      sortOrder: table.sortOrder('township'),
    },
    {
      key: 'district',
      dataIndex: 'districtName',
      title: t('cases.district'),
      sorter: true,
      sortOrder: table.sortOrder('district'),
    },
    {
      key: 'year',
      dataIndex: 'year',
      title: t('cases.year'),
      sorter: true,
      sortOrder: table.sortOrder('year'),
    },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('cases.state'),
      sorter: true,
      sortOrder: table.sortOrder('state'),
      render: (value: CaseState) => <CaseStateTag state={value} />,
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('cases.updatedAt'),
      sorter: true,
      sortOrder: table.sortOrder('updatedAt'),
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('cases.listTitle')}
        extra={
          mayWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                void navigate('/cases/new');
              }}
            >
              {t('cases.createTitle')}
            </Button>
          )
        }
      />
      <FilterBar>
        <SearchInput
          value={table.q}
          onChange={table.setQ}
          label={t('cases.searchLabel')}
          placeholder={t('cases.searchPlaceholder')}
        />
        <Select<CaseState>
          aria-label={t('cases.stateFilter')}
          placeholder={t('cases.allStates')}
          allowClear={{ label: t('common.clear') }}
          value={state}
          onChange={(value: CaseState | undefined) => {
            table.setFilter('state', value);
          }}
          options={CASE_STATES.map((s) => ({ value: s, label: t(`cases.states.${s}`) }))}
          style={{ width: 160 }}
        />
        <InputNumber<number>
          aria-label={t('cases.yearFilter')}
          placeholder={t('cases.allYears')}
          min={2000}
          max={2199}
          precision={0}
          value={year ?? null}
          onChange={(value) => {
            table.setFilter('year', value === null ? undefined : String(value));
          }}
          style={{ width: 140 }}
        />
      </FilterBar>
      <QueryProblem query={cases} />
      <DataTable<CaseListItem>
        columns={columns}
        data={cases.data}
        loading={cases.isFetching}
        table={table}
      />
    </>
  );
}
