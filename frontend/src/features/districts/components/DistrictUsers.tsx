import { Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../components/ListTable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { District, User } from '../../../lib/api/types';
import { useUsers } from '../../../lib/users/listUsers';

const SIZE = 10;

/** The district's accounts (its admins and its townships' operators), for a city admin. */
export function DistrictUsers({ district }: { district: District }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const users = useUsers({ districtId: district.id, page, size: SIZE, sort: 'username' });
  const columns: TableColumnsType<User> = [
    { key: 'username', dataIndex: 'username', title: t('user.username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('user.displayName') },
    {
      key: 'role',
      title: t('user.role'),
      render: (_v: unknown, user) => t(`auth.roles.${user.role}`),
    },
    {
      key: 'enabled',
      title: t('district.userStatus'),
      render: (_v: unknown, user) =>
        t(user.enabled ? 'district.userEnabled' : 'district.userDisabled'),
    },
  ];
  return (
    <section aria-labelledby="district-users" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="district-users" style={{ fontSize: 18 }}>
        {t('district.usersTitle')}
      </Typography.Title>
      {users.isError && <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />}
      <ListTable<User>
        columns={columns}
        rows={users.data?.items}
        loading={users.isFetching}
        rowKey={(user) => user.id}
        emptyText={t('district.usersEmpty')}
        paging={{
          page,
          size: SIZE,
          total: users.data?.total,
          fixedSize: true,
          onChange: (next) => {
            setPage(next);
          },
        }}
      />
    </section>
  );
}
