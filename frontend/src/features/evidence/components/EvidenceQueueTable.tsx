import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Grid,
  Modal,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataCards } from '../../../components/DataCards';
import { formatShanghai } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { tablePagination } from '../../../components/tablePagination';
import type { TableUrlState } from '../../../components/useTableUrlState';
import { isApiError } from '../../../lib/api/client';
import { queueRowKey } from '../api/listEvidence';
import { useReviewEvidence } from '../api/reviewEvidence';
import type {
  EvidenceQueueItem,
  EvidenceQueuePage,
  EvidenceQueueSort,
  EvidenceReviewInput,
  EvidenceState,
} from '../api/types';
import { EvidenceStateTag } from './EvidenceStateTag';
import { evidencePath } from './paths';
import type { QUEUE_FILTERS } from './EvidenceReviewPage';

/** The bulk step this caller may take, and the state the rows it applies to are in. */
export interface BulkReview {
  action: EvidenceReviewInput['action'];
  from: EvidenceState;
}

interface EvidenceQueueTableProps {
  data: EvidenceQueuePage | undefined;
  loading: boolean;
  table: TableUrlState<EvidenceQueueSort, (typeof QUEUE_FILTERS)[number]>;
  bulk: BulkReview | undefined;
}

export function EvidenceQueueTable({ data, loading, table, bulk }: EvidenceQueueTableProps) {
  const { t } = useTranslation();
  // Below md (phones, 200 % zoom) the rows are cards, as in every DataTable.
  const narrow = Grid.useBreakpoint().md === false;
  const [selected, setSelected] = useState<string[]>([]);
  const rows = useMemo(() => data?.items ?? [], [data]);
  // Only rows on this page that the bulk step applies to count: a new page, filter or answer
  // leaves the others out without a second state to keep in step.
  const chosen = rows.filter((r) => r.state === bulk?.from && selected.includes(queueRowKey(r)));

  const columns: TableColumnsType<EvidenceQueueItem> = [
    {
      key: 'township',
      title: t('evidence.queue.township'),
      sorter: true,
      sortOrder: table.sortOrder('township'),
      render: (_v: unknown, r) => (
        <Flex vertical>
          <span>{r.townshipName}</span>
          <Typography.Text type="secondary">{r.districtName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'indicator',
      title: t('evidence.queue.indicator'),
      sorter: true,
      sortOrder: table.sortOrder('indicator'),
      render: (_v: unknown, r) => (
        <Link
          to={evidencePath(r.nominationId, r.indicatorCode)}
          aria-label={t('evidence.queue.openItem', {
            township: r.townshipName,
            code: r.indicatorCode,
            title: r.indicatorTitle,
          })}
        >
          {r.indicatorCode} {r.indicatorTitle}
        </Link>
      ),
    },
    {
      key: 'state',
      title: t('evidence.stateLabel'),
      sorter: true,
      sortOrder: table.sortOrder('state'),
      render: (_v: unknown, r) => <EvidenceStateTag state={r.state} revision={r.revision} />,
    },
    {
      key: 'revision',
      title: t('evidence.revisionLabel'),
      render: (_v: unknown, r) => t('evidence.revisions.revisionN', { revision: r.revision }),
    },
    {
      key: 'submittedAt',
      title: t('evidence.queue.submittedAt'),
      sorter: true,
      sortOrder: table.sortOrder('submittedAt'),
      render: (_v: unknown, r) => (r.submittedAt ? formatShanghai(r.submittedAt) : '—'),
    },
    {
      key: 'updatedAt',
      title: t('evidence.queue.updatedAt'),
      sorter: true,
      sortOrder: table.sortOrder('updatedAt'),
      render: (_v: unknown, r) => formatShanghai(r.updatedAt),
    },
  ];

  const selectLabel = (r: EvidenceQueueItem) =>
    t('evidence.queue.selectRow', { township: r.townshipName, code: r.indicatorCode });
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={table.isFiltered ? t('common.emptyFiltered') : t('evidence.queue.empty')}
    >
      {table.isFiltered && <Button onClick={table.clearFilters}>{t('common.clearFilters')}</Button>}
    </Empty>
  );

  return (
    <>
      {bulk && (
        <Flex wrap gap="small" align="center" style={{ marginBottom: 12 }}>
          <BulkReviewButton
            bulk={bulk}
            rows={chosen}
            onDone={() => {
              setSelected([]);
            }}
          />
          <span aria-live="polite">{t('evidence.queue.selected', { count: chosen.length })}</span>
        </Flex>
      )}
      {narrow ? (
        <DataCards<EvidenceQueueItem>
          columns={columns}
          data={data}
          loading={loading}
          table={table}
          emptyText={empty}
          rowKey={queueRowKey}
          selection={
            bulk
              ? {
                  selectedKeys: chosen.map(queueRowKey),
                  onChange: (keys) => {
                    setSelected(keys.map(String));
                  },
                  selectable: (r) => r.state === bulk.from,
                  labelOf: selectLabel,
                }
              : undefined
          }
        />
      ) : (
        // scrolls in its own box: antd's scroll.x adds a hidden measure row that holds a focusable
        // checkbox when rows are selectable, which screen readers must not meet
        <div className="evidence-queue-scroll">
          <Table<EvidenceQueueItem>
            rowKey={queueRowKey}
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={tablePagination(table, data?.total, t)}
            onChange={table.onTableChange}
            showSorterTooltip={false}
            rowSelection={
              bulk
                ? {
                    selectedRowKeys: chosen.map(queueRowKey),
                    onChange: (keys) => {
                      setSelected(keys.map(String));
                    },
                    getCheckboxProps: (r) => ({
                      disabled: r.state !== bulk.from,
                      'aria-label': selectLabel(r),
                    }),
                  }
                : undefined
            }
            locale={{ emptyText: empty }}
          />
        </div>
      )}
    </>
  );
}

function rowName(r: EvidenceQueueItem): string {
  return `${r.townshipName} · ${r.indicatorCode} ${r.indicatorTitle}`;
}

/** Approves or accepts the chosen rows after a confirmation listing exactly what will change. */
function BulkReviewButton({
  bulk,
  rows,
  onDone,
}: {
  bulk: BulkReview;
  rows: EvidenceQueueItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useReviewEvidence();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmed, setConfirmed] = useState<EvidenceQueueItem[]>([]);
  const key = `evidence.queue.bulk.${bulk.action}` as const;

  const confirm = async () => {
    setError(null);
    try {
      await review.mutateAsync({
        action: bulk.action,
        items: confirmed.map((r) => ({
          nominationId: r.nominationId,
          indicatorCode: r.indicatorCode,
          revision: r.revision,
        })),
      });
      void message.success(t(`${key}.done`, { count: confirmed.length }));
      setOpen(false);
      onDone();
    } catch (e: unknown) {
      setError(e);
    }
  };

  return (
    <>
      <Button
        type="primary"
        size="large"
        disabled={rows.length === 0}
        onClick={() => {
          setConfirmed(rows);
          setError(null);
          setOpen(true);
        }}
      >
        {t(`${key}.label`, { count: rows.length })}
      </Button>
      <Modal
        open={open}
        title={t(`${key}.title`)}
        okText={t(`${key}.ok`, { count: confirmed.length })}
        cancelText={t('common.cancel')}
        confirmLoading={review.isPending}
        onOk={() => void confirm()}
        onCancel={() => {
          setOpen(false);
        }}
        destroyOnHidden
      >
        <p>{t(`${key}.body`, { count: confirmed.length })}</p>
        <ul>
          {confirmed.map((r) => (
            <li key={queueRowKey(r)}>
              {rowName(r)}（{t('evidence.revisions.revisionN', { revision: r.revision })}）
            </li>
          ))}
        </ul>
        {error !== null && <BulkRefusal error={error} rows={confirmed} />}
      </Modal>
    </>
  );
}

/** A refused bulk review changed nothing; name the items that made it fail and why. */
function BulkRefusal({ error, rows }: { error: unknown; rows: EvidenceQueueItem[] }) {
  const { t } = useTranslation();
  const refused = isApiError(error)
    ? error.violations.map((v) => {
        const index = /items\[(\d+)\]/.exec(v.field)?.[1];
        const row = index === undefined ? undefined : rows[Number(index)];
        return { key: v.field + v.message, name: row ? rowName(row) : v.field, message: v.message };
      })
    : [];
  if (refused.length === 0) return <ProblemAlert error={error} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('evidence.queue.bulk.refused')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {refused.map((r) => (
            <li key={r.key}>{t('common.labelled', { label: r.name, value: r.message })}</li>
          ))}
        </ul>
      }
    />
  );
}
