import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeader } from '../../../components/PageHeader';
import { CreateButton, FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { SearchInput } from '../../../components/SearchInput';
import { useRecordForm } from '../../../components/useRecordForm';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import {
  DISTRICT_KINDS,
  DISTRICT_SORTS,
  type DistrictKind,
  type DistrictListParams,
} from '../../../lib/api/types';
import { useDistricts } from '../api/listDistricts';
import { DistrictFormModal } from './DistrictFormModal';
import { DistrictTable } from './DistrictTable';

const FILTERS = ['kind'] as const;

function asKind(value: string | undefined): DistrictKind | undefined {
  return DISTRICT_KINDS.find((kind) => kind === value);
}

export function DistrictListPage() {
  const { t } = useTranslation();
  const mayManage = can(useCurrentUser()?.role, 'manageDistricts');
  const table = useTableUrlState({ sorts: DISTRICT_SORTS, filters: FILTERS });
  const kind = asKind(table.filters.kind);
  const params: DistrictListParams = {
    ...listParams(table),
    ...(kind && { kind }),
  };
  const districts = useDistricts(params);
  const form = useRecordForm();

  return (
    <>
      <PageHeader
        title={t(mayManage ? 'district.listTitle' : 'district.listTitleReadOnly')}
        extra={
          <Space wrap>
            <ExportButtons kind="districts" filters={{ q: table.q, districtKind: kind }} />
            {mayManage && <CreateButton label={t('district.createTitle')} onClick={form.create} />}
          </Space>
        }
      />
      <FilterBar>
        <SearchInput
          value={table.q}
          onChange={table.setQ}
          label={t('district.searchLabel')}
          placeholder={t('district.searchPlaceholder')}
        />
        <Select<DistrictKind>
          aria-label={t('district.kindFilter')}
          placeholder={t('district.allKinds')}
          allowClear={{ label: t('common.clear') }}
          value={kind}
          onChange={(value: DistrictKind | undefined) => {
            table.setFilter('kind', value);
          }}
          options={DISTRICT_KINDS.map((k) => ({ value: k, label: t(`district.kinds.${k}`) }))}
          style={{ width: 200 }}
        />
      </FilterBar>
      <QueryProblem query={districts} />
      <DistrictTable
        data={districts.data}
        loading={districts.isFetching}
        table={table}
        mayManage={mayManage}
        onEdit={(district) => {
          form.edit(district.id);
        }}
      />
      <DistrictFormModal open={form.open} districtId={form.editingId} onClose={form.close} />
    </>
  );
}
