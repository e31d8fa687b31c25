import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimeSecretModal } from '../../../components/OneTimeSecretModal';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { CreateButton, FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { SearchInput } from '../../../components/SearchInput';
import { useRecordForm } from '../../../components/useRecordForm';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import {
  ROLES,
  USER_SORTS,
  type Role,
  type User,
  type UserListParams,
} from '../../../lib/api/types';
import { useUsers } from '../../../lib/users/listUsers';
import { useDistrictOptions } from '../api/scopeOptions';
import { UserFormModal } from './UserFormModal';
import { UserTable } from './UserTable';

const FILTERS = ['role', 'districtId', 'enabled'] as const;

/** A one-time password to show once, and whose it is. */
export interface OneTimePassword {
  user: User;
  password: string;
  kind: 'initial' | 'reset';
}

export function UserListPage() {
  const { t } = useTranslation();
  const table = useTableUrlState({ sorts: USER_SORTS, filters: FILTERS });
  const role = ROLES.find((r) => r === table.filters.role);
  const districtId = parseId(table.filters.districtId);
  const enabled =
    table.filters.enabled === 'true' ? true : table.filters.enabled === 'false' ? false : undefined;
  const params: UserListParams = {
    ...listParams(table),
    ...(role && { role }),
    ...(districtId && { districtId }),
    ...(enabled !== undefined && { enabled }),
  };
  const users = useUsers(params);
  const districts = useDistrictOptions();
  const form = useRecordForm();
  const [oneTime, setOneTime] = useState<OneTimePassword | undefined>();

  return (
    <>
      <PageHeader
        title={t('user.listTitle')}
        extra={<CreateButton label={t('user.createTitle')} onClick={form.create} />}
      />
      <FilterBar>
        <SearchInput
          value={table.q}
          onChange={table.setQ}
          label={t('user.searchLabel')}
          placeholder={t('user.searchPlaceholder')}
        />
        <Select<Role>
          aria-label={t('user.roleFilter')}
          placeholder={t('user.allRoles')}
          allowClear={{ label: t('common.clear') }}
          value={role}
          onChange={(value: Role | undefined) => {
            table.setFilter('role', value);
          }}
          options={ROLES.map((r) => ({ value: r, label: t(`auth.roles.${r}`) }))}
          style={{ width: 200 }}
        />
        <Select<number>
          aria-label={t('user.districtFilter')}
          placeholder={t('user.allDistricts')}
          allowClear={{ label: t('common.clear') }}
          showSearch={{ optionFilterProp: 'label' }}
          value={districtId}
          loading={districts.isPending}
          onChange={(value: number | undefined) => {
            table.setFilter('districtId', value === undefined ? undefined : String(value));
          }}
          options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          style={{ width: 200 }}
        />
        <Select<'true' | 'false'>
          aria-label={t('user.enabledFilter')}
          placeholder={t('user.allStatuses')}
          allowClear={{ label: t('common.clear') }}
          value={enabled === undefined ? undefined : enabled ? 'true' : 'false'}
          onChange={(value: 'true' | 'false' | undefined) => {
            table.setFilter('enabled', value);
          }}
          options={[
            { value: 'true', label: t('user.enabled') },
            { value: 'false', label: t('user.disabled') },
          ]}
          style={{ width: 160 }}
        />
      </FilterBar>
      <QueryProblem query={users} />
      <UserTable
        data={users.data}
        loading={users.isFetching}
        table={table}
        onEdit={(user) => {
          form.edit(user.id);
        }}
        onPasswordReset={(user, password) => {
          setOneTime({ user, password, kind: 'reset' });
        }}
      />
      <UserFormModal
        open={form.open}
        userId={form.editingId}
        onClose={form.close}
        onCreated={(user, password) => {
          setOneTime({ user, password, kind: 'initial' });
        }}
      />
      <OneTimeSecretModal
        secret={oneTime?.password}
        title={
          oneTime?.kind === 'reset'
            ? t('user.resetPasswordDoneTitle')
            : t('user.initialPasswordTitle')
        }
        label={t(
          oneTime?.kind === 'reset' ? 'user.resetPasswordLabel' : 'user.initialPasswordLabel',
          { name: oneTime?.user.displayName ?? '' },
        )}
        onClose={() => {
          // Dropped from memory: it is never shown again.
          setOneTime(undefined);
        }}
      >
        {t('user.initialPasswordHint')}
      </OneTimeSecretModal>
    </>
  );
}
