import { DownloadOutlined } from '@ant-design/icons';
import { Button, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { QueryProblem } from '../../../components/ListPageParts';
import { ListTable } from '../../../components/ListTable';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import { reportUrl } from '../api/links';
import { useImportJobs } from '../api/listImportJobs';
import type { ImportJob } from '../api/types';

export const STATE_TONES: Record<ImportJob['state'], StatusTone> = {
  RUNNING: 'info',
  SUCCEEDED: 'positive',
  REJECTED: 'negative',
  FAILED: 'warning',
};

/** The imports so far (one's own; every import for a city admin): who, when, file, counts, key, report. */
export function ImportHistory() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, size: 10 });
  const jobs = useImportJobs(paging);
  const columns: TableColumnsType<ImportJob> = [
    {
      title: t('imports.job.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('imports.job.kind'),
      key: 'kind',
      render: (_, job) => (
        <>
          {t(`imports.kinds.${job.kind}`)}
          {job.dryRun && (
            <>
              {' '}
              <StatusTag tone="neutral">{t('imports.job.dryRun')}</StatusTag>
            </>
          )}
        </>
      ),
    },
    { title: t('imports.job.fileName'), dataIndex: 'fileName', key: 'fileName' },
    { title: t('imports.job.createdBy'), dataIndex: 'createdBy', key: 'createdBy' },
    {
      title: t('imports.job.state'),
      key: 'state',
      render: (_, job) => (
        <StatusTag tone={STATE_TONES[job.state]}>{t(`imports.state.${job.state}`)}</StatusTag>
      ),
    },
    {
      title: t('imports.job.counts'),
      key: 'counts',
      render: (_, job) =>
        `${String(job.created)} / ${String(job.updated)} / ${String(job.unchanged)} / ${String(job.rejected)}`,
    },
    {
      title: t('imports.job.idempotencyKey'),
      dataIndex: 'idempotencyKey',
      key: 'idempotencyKey',
      render: (key?: string) => key && <Typography.Text code>{key}</Typography.Text>,
    },
    {
      title: t('imports.job.report'),
      key: 'report',
      render: (_, job) => (
        <Button
          size="small"
          icon={<DownloadOutlined aria-hidden />}
          href={reportUrl(job.id)}
          download
          aria-label={t('imports.job.downloadReportOf', { id: job.id })}
        >
          {t('imports.job.downloadReport')}
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="import-history-title" style={{ marginTop: 32 }}>
      <Typography.Title level={2} id="import-history-title" style={{ fontSize: 18 }}>
        {t('imports.history')}
      </Typography.Title>
      <QueryProblem query={jobs} />
      <ListTable<ImportJob>
        rowKey={(job) => job.id}
        size="small"
        columns={columns}
        rows={jobs.data?.items}
        loading={jobs.isFetching}
        paging={{
          ...paging,
          total: jobs.data?.total,
          onChange: (page, size) => {
            setPaging({ page, size });
          },
        }}
        emptyText={t('imports.historyEmpty')}
      />
    </section>
  );
}
