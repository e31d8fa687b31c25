import { Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { DataTable } from '../../../components/DataTable';
import { EditButton } from '../../../components/EditButton';
import { formatDateTime } from '../../../components/format';
import { rowActionsColumn } from '../../../components/rowActions';
import type { TableUrlState } from '../../../components/useTableUrlState';
import type { User, UserPage, UserSort } from '../../../lib/api/types';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { useDistrictOptions, useTownshipOptions } from '../api/scopeOptions';
import { StatusTag } from '../../../components/StatusTag';
import {
  useDisableUser,
  useEnableUser,
  useResetUserPassword,
  useUnlockUser,
} from '../api/userActions';

interface UserTableProps {
  data: UserPage | undefined;
  loading: boolean;
  table: TableUrlState<UserSort, 'role' | 'districtId' | 'enabled'>;
  onEdit: (user: User) => void;
  onPasswordReset: (user: User, password: string) => void;
}

export function UserTable({ data, loading, table, onEdit, onPasswordReset }: UserTableProps) {
  const { t } = useTranslation();
  // The API names a user's scope by id only; these lists name them.
  const districts = useDistrictOptions();
  const townships = useTownshipOptions();
  const me = useCurrentUser();
  const disable = useDisableUser();
  const enable = useEnableUser();
  const unlock = useUnlockUser();
  const reset = useResetUserPassword();

  const scopeOf = (user: User): string => {
    if (user.townshipId) {
      const township = townships.data?.items.find((tw) => tw.id === user.townshipId);
      return township ? `${township.districtName} / ${township.name}` : `#${user.townshipId}`;
    }
    if (user.districtId) {
      return (
        districts.data?.items.find((d) => d.id === user.districtId)?.name ?? `#${user.districtId}`
      );
    }
    return t('user.wholeCity');
  };

  const columns: TableColumnsType<User> = [
    {
      key: 'username',
      dataIndex: 'username',
      title: t('user.username'),
      sorter: true,
      sortOrder: table.sortOrder('username'),
    },
    {
      key: 'displayName',
      dataIndex: 'displayName',
      title: t('user.displayName'),
      sorter: true,
      sortOrder: table.sortOrder('displayName'),
    },
    {
      key: 'role',
      dataIndex: 'role',
      title: t('user.role'),
      sorter: true,
      sortOrder: table.sortOrder('role'),
      render: (_v: unknown, user) => t(`auth.roles.${user.role}`),
    },
    { key: 'scope', title: t('user.scope'), render: (_v: unknown, user) => scopeOf(user) },
    {
      key: 'status',
      title: t('user.status'),
      render: (_v: unknown, user) => (
        <Flex vertical gap={4} align="start">
          {user.enabled ? (
            <StatusTag tone="positive">{t('user.enabled')}</StatusTag>
          ) : (
            <StatusTag tone="neutral">{t('user.disabled')}</StatusTag>
          )}
          {user.locked && <StatusTag tone="negative">{t('user.locked')}</StatusTag>}
          {user.mustChangePassword && (
            <StatusTag tone="warning">{t('user.mustChangePassword')}</StatusTag>
          )}
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('common.createdAt'),
      sorter: true,
      sortOrder: table.sortOrder('createdAt'),
      render: (value: string) => formatDateTime(value),
    },
    rowActionsColumn<User>(t('common.actions'), (user) => {
      const name = user.displayName;
      return (
        <>
          <EditButton
            name={name}
            onClick={() => {
              onEdit(user);
            }}
          />
          {user.enabled ? (
            // One's own account is not offered: the server refuses it (one would lock oneself out).
            user.id !== me?.id && (
              <ConfirmActionButton
                label={t('user.disable')}
                ariaLabel={t('user.disableItem', { name })}
                title={t('user.disableTitle')}
                body={t('user.disableBody', { name })}
                okText={t('user.disable')}
                doneMessage={t('user.disabledDone', { name })}
                danger
                onConfirm={() => disable.mutateAsync(user.id)}
              />
            )
          ) : (
            <ConfirmActionButton
              label={t('user.enable')}
              ariaLabel={t('user.enableItem', { name })}
              title={t('user.enableTitle')}
              body={t('user.enableBody', { name })}
              okText={t('user.enable')}
              doneMessage={t('user.enabledDone', { name })}
              onConfirm={() => enable.mutateAsync(user.id)}
            />
          )}
          {user.locked && (
            <ConfirmActionButton
              label={t('user.unlock')}
              ariaLabel={t('user.unlockItem', { name })}
              title={t('user.unlockTitle')}
              body={t('user.unlockBody', { name })}
              okText={t('user.unlock')}
              doneMessage={t('user.unlockedDone', { name })}
              onConfirm={() => unlock.mutateAsync(user.id)}
            />
          )}
          <ConfirmActionButton
            label={t('user.resetPassword')}
            ariaLabel={t('user.resetPasswordItem', { name })}
            title={t('user.resetPasswordTitle')}
            body={t('user.resetPasswordBody', { name })}
            okText={t('user.resetPassword')}
            danger
            onConfirm={() => reset.mutateAsync(user.id)}
            onDone={(result) => {
              onPasswordReset(result.user, result.initialPassword);
            }}
          />
        </>
      );
    }),
  ];

  return <DataTable<User> columns={columns} data={data} loading={loading} table={table} fitWidth />;
}
