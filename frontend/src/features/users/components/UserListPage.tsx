import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimeSecretModal } from '../../../components/OneTimeSecretModal';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SearchInput } from '../../../components/SearchInput';
import { useTableUrlState } from '../../../components/useTableUrlState';
import {
  ROLES,
  USER_SORTS,
  type Role,
  type User,
  type UserListParams,
} from '../../../lib/api/types';
import { useUsers } from '../api/listUsers';
import { useDistrictOptions } from '../api/scopeOptions';
import { UserFormModal } from './UserFormModal';
import { UserTable } from './UserTable';

const FILTERS = ['role', 'districtId', 'enabled'] as const;

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: number };

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
    page: table.page,
    size: table.size,
    ...(table.sort && { sort: table.sort }),
    ...(table.q && { q: table.q }),
    ...(role && { role }),
    ...(districtId && { districtId }),
    ...(enabled !== undefined && { enabled }),
  };
  const users = useUsers(params);
  const districts = useDistrictOptions();
  const [formState, setFormState] = useState<FormState>({ mode: 'closed' });
  const [oneTime, setOneTime] = useState<OneTimePassword | undefined>();

  return (
    <>
      <PageHeader
        title={t('user.listTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setFormState({ mode: 'create' });
            }}
          >
            {t('user.createTitle')}
          </Button>
        }
      />
      <Flex wrap gap="small" style={{ marginBottom: 16 }} role="search">
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
      </Flex>
      {users.isError && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />
        </div>
      )}
      <UserTable
        data={users.data}
        loading={users.isFetching}
        table={table}
        onEdit={(user) => {
          setFormState({ mode: 'edit', id: user.id });
        }}
        onPasswordReset={(user, password) => {
          setOneTime({ user, password, kind: 'reset' });
        }}
      />
      <UserFormModal
        open={formState.mode !== 'closed'}
        userId={formState.mode === 'edit' ? formState.id : undefined}
        onClose={() => {
          setFormState({ mode: 'closed' });
        }}
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
