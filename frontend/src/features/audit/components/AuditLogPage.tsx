import { DatePicker, Flex, Tag, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime, shanghaiIso } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { QueryProblem } from '../../../components/ListPageParts';
import { SearchInput } from '../../../components/SearchInput';
import { useTableUrlState } from '../../../components/useTableUrlState';
import {
  AUDIT_EVENT_SORTS,
  type AuditEvent,
  type AuditEventListParams,
} from '../../../lib/api/types';
import { useAuditEvents } from '../api/listAuditEvents';
import { AuditChange } from './AuditChange';
import { useAuditCode } from './useAuditCode';

const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
const TEXT_FILTERS = ['actor', 'action', 'entityType', 'entityId'] as const;

function parseTime(raw: string | undefined): Dayjs | null {
  if (!raw) return null;
  const value = dayjs(raw);
  return value.isValid() ? value : null;
}

/** The audit trail, newest first; every filter lives in the URL. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const table = useTableUrlState({ sorts: AUDIT_EVENT_SORTS, filters: FILTERS });
  const from = parseTime(table.filters.from);
  const to = parseTime(table.filters.to);
  const params: AuditEventListParams = {
    page: table.page,
    size: table.size,
    ...(table.sort && { sort: table.sort }),
    ...Object.fromEntries(
      TEXT_FILTERS.flatMap((name) => (table.filters[name] ? [[name, table.filters[name]]] : [])),
    ),
    ...(from && { from: from.format() }),
    ...(to && { to: to.format() }),
  };
  const events = useAuditEvents(params);
  const codeText = useAuditCode();
  const fromId = useId();
  const toId = useId();

  const textFilter = (name: Filter, label: string, placeholder?: string) => (
    <SearchInput
      key={name}
      value={table.filters[name] ?? ''}
      onChange={(value) => {
        table.setFilter(name, value || undefined);
      }}
      label={label}
      placeholder={placeholder ?? label}
    />
  );

  const columns: TableColumnsType<AuditEvent> = [
    {
      key: 'at',
      dataIndex: 'at',
      title: t('audit.at'),
      sorter: true,
      sortOrder: table.sort === 'at' ? 'ascend' : 'descend',
      sortDirections: ['ascend', 'descend'],
      render: (value: string) => formatDateTime(value),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_v: unknown, e) => (
        <Flex gap={4} wrap align="center">
          <Tag>{t(`audit.actorTypes.${e.actorType}`)}</Tag>
          {e.actorName ?? '—'}
        </Flex>
      ),
    },
    {
      key: 'action',
      dataIndex: 'action',
      title: t('audit.action'),
      render: (value: string) => <span title={value}>{codeText('actions', value)}</span>,
    },
    {
      key: 'entityType',
      dataIndex: 'entityType',
      title: t('audit.entityType'),
      render: (value: string | null | undefined) =>
        value ? <span title={value}>{codeText('entityTypes', value)}</span> : '—',
    },
    {
      key: 'entityId',
      dataIndex: 'entityId',
      title: t('audit.entityId'),
      render: (value: string | null | undefined) => value ?? '—',
    },
  ];

  const setTime = (name: 'from' | 'to', value: Dayjs | null) => {
    table.setFilter(name, value ? shanghaiIso(value) : undefined);
  };

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Flex wrap gap="small" style={{ marginBottom: 16 }} role="search" align="center">
        {textFilter('actor', t('audit.actorFilter'), t('audit.actorPlaceholder'))}
        {textFilter('action', t('audit.actionFilter'))}
        {textFilter('entityType', t('audit.entityTypeFilter'))}
        {textFilter('entityId', t('audit.entityIdFilter'))}
        <Flex gap={4} align="center">
          <label htmlFor={fromId}>{t('audit.rangeStart')}</label>
          <DatePicker
            id={fromId}
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={from}
            onChange={(value: Dayjs | null) => {
              setTime('from', value);
            }}
          />
        </Flex>
        <Flex gap={4} align="center">
          <label htmlFor={toId}>{t('audit.rangeEnd')}</label>
          <DatePicker
            id={toId}
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={to}
            onChange={(value: Dayjs | null) => {
              setTime('to', value);
            }}
          />
        </Flex>
      </Flex>
      <QueryProblem query={events} />
      <DataTable<AuditEvent>
        columns={columns}
        data={events.data}
        loading={events.isFetching}
        table={table}
        expandable={{
          expandedRowRender: (event) => <AuditChange event={event} />,
          // Kept to the table's visible width: long details wrap instead of widening every row.
          expandedRowClassName: () => 'audit-expanded-row',
        }}
        emptyText={table.isFiltered ? t('common.emptyFiltered') : t('common.empty')}
      />
    </>
  );
}
