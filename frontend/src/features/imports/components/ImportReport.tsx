import { Descriptions, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../components/ListTable';
import type { ImportJob, ImportProblem } from '../api/types';

/** How many row numbers a problem lists before "and N rows in all". */
const ROWS_SHOWN = 20;
/** How many problems a page shows. */
const PROBLEMS_PAGE_SIZE = 20;

function rowsOf(problem: ImportProblem): string {
  const shown = problem.rows.slice(0, ROWS_SHOWN).join(', ');
  return shown;
}

function ProblemTable({ caption, problems }: { caption: string; problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const columns: ColumnsType<ImportProblem> = [
    {
      title: t('imports.problem.rows'),
      key: 'rows',
      render: (_, p) => (
        <>
          {rowsOf(p)}
          {p.count > ROWS_SHOWN && (
            <Typography.Text type="secondary">
              {' '}
              {t('imports.problem.moreRows', { count: p.count })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('imports.problem.column'), dataIndex: 'column', key: 'column' },
    {
      title: t('imports.problem.code'),
      dataIndex: 'code',
      key: 'code',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t('imports.problem.message'), dataIndex: 'message', key: 'message' },
  ];
  const from = (page - 1) * PROBLEMS_PAGE_SIZE;
  return (
    <section style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {caption}
      </Typography.Title>
      <ListTable<ImportProblem>
        size="small"
        rowKey={(p) => `${p.code}/${p.column ?? ''}/${p.message}`}
        columns={columns}
        rows={problems.slice(from, from + PROBLEMS_PAGE_SIZE)}
        loading={false}
        paging={{
          page,
          size: PROBLEMS_PAGE_SIZE,
          total: problems.length,
          onChange: setPage,
          fixedSize: true,
        }}
        emptyText={null}
      />
    </section>
  );
}

/** An import's counts and its problems: errors (which reject it) apart from warnings (which do not), grouped. */
export function ImportReport({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const errors = job.errors ?? [];
  const warnings = job.warnings ?? [];
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 2, sm: 3, md: 5 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'total', label: t('imports.counts.total'), children: job.total },
          { key: 'created', label: t('imports.counts.created'), children: job.created },
          { key: 'updated', label: t('imports.counts.updated'), children: job.updated },
          { key: 'unchanged', label: t('imports.counts.unchanged'), children: job.unchanged },
          { key: 'rejected', label: t('imports.counts.rejected'), children: job.rejected },
        ]}
      />
      {errors.length > 0 && (
        <ProblemTable caption={t('imports.errors', { count: errors.length })} problems={errors} />
      )}
      {warnings.length > 0 && (
        <ProblemTable
          caption={t('imports.warnings', { count: warnings.length })}
          problems={warnings}
        />
      )}
    </div>
  );
}
