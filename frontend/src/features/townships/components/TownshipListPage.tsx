import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { CreateButton, FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { SearchInput } from '../../../components/SearchInput';
import { useRecordForm } from '../../../components/useRecordForm';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import { TOWNSHIP_SORTS, type TownshipListParams } from '../../../lib/api/types';
import { useDistrictOptions } from '../api/listDistrictOptions';
import { useTownships } from '../api/listTownships';
import { DistrictSelect } from './DistrictSelect';
import { TownshipFormModal } from './TownshipFormModal';
import { TownshipTable } from './TownshipTable';

const FILTERS = ['districtId'] as const;

export function TownshipListPage() {
  const { t } = useTranslation();
  const mayManage = can(useCurrentUser()?.role, 'manageTownships');
  const table = useTableUrlState({ sorts: TOWNSHIP_SORTS, filters: FILTERS });
  const districtId = parseId(table.filters.districtId);
  const params: TownshipListParams = {
    ...listParams(table),
    ...(districtId && { districtId }),
  };
  const townships = useTownships(params);
  const districts = useDistrictOptions();
  const form = useRecordForm();

  return (
    <>
      <PageHeader
        title={t(mayManage ? 'township.listTitle' : 'township.listTitleReadOnly')}
        extra={
          <Space wrap>
            <ExportButtons kind="townships" filters={{ q: table.q, districtId }} />
            {mayManage && <CreateButton label={t('township.createTitle')} onClick={form.create} />}
          </Space>
        }
      />
      <FilterBar>
        <SearchInput
          value={table.q}
          onChange={table.setQ}
          label={t('township.searchLabel')}
          placeholder={t('township.searchPlaceholder')}
        />
        <DistrictSelect
          aria-label={t('township.districtFilter')}
          placeholder={t('township.allDistricts')}
          allowClear={{ label: t('common.clear') }}
          value={districtId}
          onChange={(value) => {
            table.setFilter('districtId', value === undefined ? undefined : String(value));
          }}
          districts={districts.data?.items}
          loading={districts.isPending}
          style={{ width: 240 }}
        />
      </FilterBar>
      <QueryProblem query={townships} />
      <TownshipTable
        data={townships.data}
        loading={townships.isFetching}
        table={table}
        mayManage={mayManage}
        onEdit={(township) => {
          form.edit(township.id);
        }}
      />
      <TownshipFormModal
        open={form.open}
        townshipId={form.editingId}
        districtId={districtId}
        onClose={form.close}
      />
    </>
  );
}
