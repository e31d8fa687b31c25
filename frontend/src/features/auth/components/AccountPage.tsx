import { App, Card, Descriptions, Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { ListTable } from '../../../components/ListTable';
import { formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Session } from '../../../lib/api/types';
import { useEndSession } from '../api/endSession';
import { useMe } from '../api/getMe';
import { useSessions } from '../api/listSessions';
import { PasswordChangeForm } from './PasswordChangeForm';
import { describeAgent, displayAddress } from './sessionClient';
import { StatusTag } from '../../../components/StatusTag';

/** The signed-in user's profile, password and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe().data;
  if (!me) return null;
  const none = t('account.none');
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-heading">{t('account.profile')}</h2>}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'username', label: t('user.username'), children: me.username },
              { key: 'displayName', label: t('user.displayName'), children: me.displayName },
              { key: 'role', label: t('user.role'), children: t(`auth.roles.${me.role}`) },
              { key: 'district', label: t('user.district'), children: me.districtName ?? none },
              { key: 'township', label: t('user.township'), children: me.townshipName ?? none },
            ]}
          />
        </Card>
        <Card title={<h2 className="card-heading">{t('password.title')}</h2>}>
          <PasswordChangeForm
            username={me.username}
            onChanged={() => void message.success(t('password.changed'))}
          />
        </Card>
        <Card title={<h2 className="card-heading">{t('account.sessions')}</h2>}>
          <SessionTable />
        </Card>
      </Space>
    </>
  );
}

function SessionTable() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const end = useEndSession();
  const columns: TableColumnsType<Session> = [
    {
      key: 'createdAt',
      title: t('account.signedInAt'),
      render: (_v: unknown, s) => (
        <Space size="small" wrap>
          {formatDateTime(s.createdAt)}
          {s.current && <StatusTag tone="info">{t('account.currentSession')}</StatusTag>}
        </Space>
      ),
    },
    {
      key: 'lastSeenAt',
      title: t('account.lastSeenAt'),
      render: (_v: unknown, s) => formatDateTime(s.lastSeenAt),
    },
    {
      key: 'expiresAt',
      title: t('account.expiresAt'),
      render: (_v: unknown, s) => formatDateTime(s.expiresAt),
    },
    {
      key: 'clientAddress',
      title: t('account.clientAddress'),
      render: (_v: unknown, s) => displayAddress(s.clientAddress) ?? '—',
    },
    {
      key: 'userAgent',
      title: t('account.userAgent'),
      // "Chrome 131 · Windows"; the whole agent string on hover
      render: (_v: unknown, s) => (
        <span title={s.userAgent ?? undefined}>{describeAgent(s.userAgent) ?? '—'}</span>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v: unknown, s) =>
        s.current ? null : (
          <ConfirmActionButton
            label={t('account.endSession')}
            ariaLabel={t('account.endSessionOf', { time: formatDateTime(s.createdAt) })}
            title={t('account.endSessionTitle')}
            body={t('account.endSessionBody', {
              time: formatDateTime(s.createdAt),
              address: displayAddress(s.clientAddress) ?? '—',
            })}
            okText={t('account.endSession')}
            doneMessage={t('account.sessionEnded')}
            danger
            onConfirm={() => end.mutateAsync(s.id)}
          />
        ),
    },
  ];
  return (
    <>
      {sessions.isError && (
        <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      )}
      <ListTable<Session>
        rowKey={(s) => s.id}
        size="small"
        columns={columns}
        rows={sessions.data}
        loading={sessions.isFetching}
        emptyText={t('common.empty')}
      />
    </>
  );
}
