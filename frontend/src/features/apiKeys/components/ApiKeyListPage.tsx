import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { DataTable } from '../../../components/DataTable';
import { rowActionsColumn } from '../../../components/rowActions';
import { formatDateTime, formatShanghai } from '../../../components/format';
import { OneTimeSecretModal } from '../../../components/OneTimeSecretModal';
import { PageHeader } from '../../../components/PageHeader';
import { CreateButton, FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { SearchInput } from '../../../components/SearchInput';
import { listParams, useTableUrlState } from '../../../components/useTableUrlState';
import {
  API_KEY_SORTS,
  type ApiKey,
  type ApiKeyListParams,
  type ApiKeyWithSecret,
} from '../../../lib/api/types';
import { useApiKeys } from '../api/listApiKeys';
import { useDistrictOptions } from '../api/listDistrictOptions';
import { useRevokeApiKey } from '../api/revokeApiKey';
import { useRotateApiKey } from '../api/rotateApiKey';
import { ApiKeyFormModal } from './ApiKeyFormModal';
import { StatusTag } from '../../../components/StatusTag';

/** A secret to show once: after a create, or after a rotation (with the grace period). */
interface ShownSecret extends ApiKeyWithSecret {
  rotated: boolean;
}

export function ApiKeyListPage() {
  const { t } = useTranslation();
  const table = useTableUrlState({ sorts: API_KEY_SORTS });
  const params: ApiKeyListParams = listParams(table);
  const keys = useApiKeys(params);
  const districts = useDistrictOptions();
  const revoke = useRevokeApiKey();
  const rotate = useRotateApiKey();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<ShownSecret | undefined>();

  const districtName = (id: number | null | undefined) =>
    id ? (districts.data?.items.find((d) => d.id === id)?.name ?? `#${id}`) : t('apiKey.wholeCity');

  const columns: TableColumnsType<ApiKey> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('apiKey.name'),
      sorter: true,
      sortOrder: table.sortOrder('name'),
    },
    { key: 'ownerSystem', dataIndex: 'ownerSystem', title: t('apiKey.ownerSystem') },
    {
      key: 'prefix',
      dataIndex: 'prefix',
      title: t('apiKey.prefix'),
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    {
      key: 'scopes',
      title: t('apiKey.scopes'),
      render: (_v: unknown, key) => (
        <Space size={4} wrap>
          {key.scopes.map((s) => (
            <Tag key={s}>{t(`apiKey.scopeNames.${s}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'district',
      title: t('apiKey.district'),
      render: (_v: unknown, key) => districtName(key.districtId),
    },
    {
      key: 'expiresAt',
      title: t('apiKey.expiresAt'),
      render: (_v: unknown, key) =>
        key.expiresAt ? formatShanghai(key.expiresAt) : t('apiKey.noExpiry'),
    },
    {
      key: 'lastUsedAt',
      title: t('apiKey.lastUsedAt'),
      sorter: true,
      sortOrder: table.sortOrder('lastUsedAt'),
      render: (_v: unknown, key) =>
        key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKey.never'),
    },
    {
      key: 'status',
      title: t('apiKey.status'),
      render: (_v: unknown, key) => (
        <Space orientation="vertical" size={2}>
          {key.revokedAt ? (
            <StatusTag tone="negative">{t('apiKey.revoked')}</StatusTag>
          ) : key.active ? (
            <StatusTag tone="positive">{t('apiKey.active')}</StatusTag>
          ) : (
            <StatusTag tone="neutral">{t('apiKey.expired')}</StatusTag>
          )}
          {key.previousValidUntil && !key.revokedAt && (
            <Typography.Text type="secondary">
              {t('apiKey.previousValidUntil', { time: formatShanghai(key.previousValidUntil) })}
            </Typography.Text>
          )}
        </Space>
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
    rowActionsColumn<ApiKey>(t('common.actions'), (key) =>
      key.revokedAt ? null : (
        <>
          <ConfirmActionButton
            label={t('apiKey.rotate')}
            ariaLabel={t('apiKey.rotateItem', { name: key.name })}
            title={t('apiKey.rotateTitle')}
            body={t('apiKey.rotateBody', { name: key.name })}
            okText={t('apiKey.rotate')}
            onConfirm={() => rotate.mutateAsync(key.id)}
            onDone={(result) => {
              setShown({ ...result, rotated: true });
            }}
          />
          <ConfirmActionButton
            label={t('apiKey.revoke')}
            ariaLabel={t('apiKey.revokeItem', { name: key.name })}
            title={t('apiKey.revokeTitle')}
            body={t('apiKey.revokeBody', { name: key.name })}
            okText={t('apiKey.revoke')}
            doneMessage={t('apiKey.revokedDone', { name: key.name })}
            danger
            onConfirm={() => revoke.mutateAsync(key.id)}
          />
        </>
      ),
    ),
  ];

  const grace = shown?.rotated ? shown.apiKey.previousValidUntil : undefined;
  return (
    <>
      <PageHeader
        title={t('apiKey.listTitle')}
        extra={
          <CreateButton
            label={t('apiKey.createTitle')}
            onClick={() => {
              setCreating(true);
            }}
          />
        }
      />
      <FilterBar>
        <SearchInput
          value={table.q}
          onChange={table.setQ}
          label={t('apiKey.searchLabel')}
          placeholder={t('apiKey.searchPlaceholder')}
        />
      </FilterBar>
      <QueryProblem query={keys} />
      <DataTable<ApiKey>
        columns={columns}
        data={keys.data}
        loading={keys.isFetching}
        table={table}
      />
      <ApiKeyFormModal
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
        onCreated={(created) => {
          setShown({ ...created, rotated: false });
        }}
      />
      <OneTimeSecretModal
        secret={shown?.secret}
        title={shown?.rotated ? t('apiKey.rotateDoneTitle') : t('apiKey.secretTitle')}
        label={t('apiKey.secretLabel', { name: shown?.apiKey.name ?? '' })}
        onClose={() => {
          // Dropped from memory: it is never shown again.
          setShown(undefined);
        }}
      >
        {grace && <p>{t('apiKey.rotateGrace', { time: formatShanghai(grace) })}</p>}
        <p style={{ margin: 0 }}>{t('apiKey.secretHint')}</p>
      </OneTimeSecretModal>
    </>
  );
}
