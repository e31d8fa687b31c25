import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import { queryKeys } from '../../../lib/api/queryKeys';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { fetchImportJob } from '../api/getImportJob';
import { importKeys } from '../api/keys';
import { templateUrl } from '../api/links';
import { submitImport } from '../api/submitImport';
import type { ImportJob } from '../api/types';
import { ACCEPTED_FILES, importKindsFor, type ImportKind, type ImportMode } from '../kinds';
import { ImportHistory } from './ImportHistory';
import { ImportReport } from './ImportReport';

const POLL_MS = 1000;

/** Where the page is: nothing chosen, a file being checked, checked, being imported, or done. */
type Stage =
  | { step: 'choose' }
  | { step: 'checking'; file: File; percent: number }
  | { step: 'checked'; file: File; report: ImportJob }
  | { step: 'importing'; file: File; percent: number }
  | { step: 'running'; file: File; job: ImportJob }
  | { step: 'done'; file: File; job: ImportJob };

/**
 * Bulk import: choose the kind, download its template, drop a file; the file is checked first
 * (a dry run, nothing written) and its report shown; a clean file is then imported after a
 * confirmation, all rows or none. Large imports run as jobs whose progress is polled.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const kinds = importKindsFor(useCurrentUser()?.role);
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'townships');
  const [mode, setMode] = useState<ImportMode>('CREATE');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const idempotency = useIdempotencyKey();
  const kindLabel = useId();
  const modeLabel = useId();
  const busy = stage.step === 'checking' || stage.step === 'importing' || stage.step === 'running';

  const finished = async (job: ImportJob) => {
    if (job.state === 'SUCCEEDED' && !job.dryRun) {
      // what the lists show has changed
      await Promise.all(
        [
          queryKeys.districts.all,
          queryKeys.townships.all,
          queryKeys.nominations.all,
          queryKeys.users.all,
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    }
    await queryClient.invalidateQueries({ queryKey: importKeys.all });
  };

  const reset = () => {
    setStage({ step: 'choose' });
    setError(null);
    idempotency.renew();
  };

  const check = (file: File) => {
    idempotency.renew();
    setError(null);
    setStage({ step: 'checking', file, percent: 0 });
    submitImport({
      kind,
      file,
      mode,
      dryRun: true,
      onProgress: (percent) => {
        setStage((s) => (s.step === 'checking' ? { ...s, percent } : s));
      },
    }).then(
      (report) => {
        setStage({ step: 'checked', file, report });
        void queryClient.invalidateQueries({ queryKey: importKeys.all });
      },
      (e: unknown) => {
        setError(e);
        setStage({ step: 'choose' });
      },
    );
  };

  const commit = async (file: File) => {
    setStage({ step: 'importing', file, percent: 0 });
    try {
      const job = await submitImport({
        kind,
        file,
        mode,
        dryRun: false,
        idempotencyKey: idempotency.key(),
        onProgress: (percent) => {
          setStage((s) => (s.step === 'importing' ? { ...s, percent } : s));
        },
      });
      let current = job;
      while (current.state === 'RUNNING') {
        // a job: its progress is polled until it ends
        setStage({ step: 'running', file, job: current });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await fetchImportJob(current.id);
      }
      setStage({ step: 'done', file, job: current });
      await finished(current);
    } catch (e: unknown) {
      setError(e);
      setStage({ step: 'choose' });
    }
  };

  return (
    <>
      <PageHeader title={t('imports.title')} />
      <Card>
        <Flex vertical gap="middle">
          <div>
            <Typography.Text strong id={kindLabel}>
              {t('imports.kind')}
            </Typography.Text>
            <div style={{ marginTop: 8 }}>
              <Radio.Group
                aria-labelledby={kindLabel}
                value={kind}
                disabled={busy}
                onChange={(e) => {
                  setKind(e.target.value as ImportKind);
                  reset();
                }}
                options={kinds.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
              />
            </div>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t(`imports.kindHints.${kind}`)}
            </Typography.Paragraph>
          </div>
          <Space wrap>
            <Typography.Text>{t('imports.template')}</Typography.Text>
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                icon={<DownloadOutlined aria-hidden />}
                href={templateUrl(kind, format)}
                download
                aria-label={t('imports.templateOf', {
                  kind: t(`imports.kinds.${kind}`),
                  format: format === 'csv' ? 'CSV' : 'Excel',
                })}
              >
                {t(format === 'csv' ? 'imports.templateCsv' : 'imports.templateXlsx')}
              </Button>
            ))}
          </Space>
          <div>
            <Typography.Text strong id={modeLabel}>
              {t('imports.mode')}
            </Typography.Text>
            <div style={{ marginTop: 8 }}>
              <Radio.Group
                aria-labelledby={modeLabel}
                value={mode}
                disabled={busy}
                onChange={(e) => {
                  setMode(e.target.value as ImportMode);
                  reset();
                }}
                options={(['CREATE', 'UPSERT'] as const).map((m) => ({
                  value: m,
                  label: t(`imports.modes.${m}`),
                }))}
              />
            </div>
          </div>
          <Upload.Dragger
            accept={ACCEPTED_FILES}
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              check(file);
              // the upload is ours (a dry run first, with progress and the report), not antd's
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('imports.drop')}</p>
            <p className="ant-upload-hint">{t('imports.dropHint')}</p>
          </Upload.Dragger>
          {error !== null && <ProblemAlert error={error} />}
          <Outcome
            stage={stage}
            kindName={t(`imports.kinds.${kind}`)}
            onCommit={commit}
            onReset={reset}
          />
        </Flex>
      </Card>
      <ImportHistory />
    </>
  );
}

function Outcome({
  stage,
  kindName,
  onCommit,
  onReset,
}: {
  stage: Stage;
  kindName: string;
  onCommit: (file: File) => Promise<void>;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  switch (stage.step) {
    case 'choose':
      return null;
    case 'checking':
    case 'importing':
      return (
        <div role="status">
          <Typography.Text>
            {stage.step === 'checking'
              ? t('imports.checking', { name: stage.file.name })
              : t('imports.uploading', { name: stage.file.name })}
          </Typography.Text>
          <Progress percent={stage.percent} aria-label={t('imports.uploadProgress')} />
        </div>
      );
    case 'running': {
      const { processed, total } = stage.job;
      return (
        <div role="status">
          <Typography.Text>{t('imports.running', { processed, total })}</Typography.Text>
          <Progress
            percent={total > 0 ? Math.floor((processed / total) * 100) : 0}
            aria-label={t('imports.progressLabel')}
          />
        </div>
      );
    }
    case 'checked': {
      const { report, file } = stage;
      const clean = report.state === 'SUCCEEDED';
      return (
        <section aria-label={t('imports.step.check')}>
          <Alert
            role={clean ? 'status' : 'alert'}
            type={clean ? 'success' : 'error'}
            showIcon
            title={
              clean
                ? t('imports.dryRunOk', { name: file.name, total: report.total })
                : t('imports.dryRunRejected', { rejected: report.rejected })
            }
            style={{ marginBottom: 16 }}
          />
          <ImportReport job={report} />
          <Space wrap>
            {clean && (
              <ConfirmActionButton
                type="primary"
                size="middle"
                label={t('imports.commit', { total: report.total })}
                title={t('imports.commitTitle')}
                body={t('imports.commitBody', {
                  name: file.name,
                  total: report.total,
                  kind: kindName,
                  created: report.created,
                  updated: report.updated,
                  unchanged: report.unchanged,
                })}
                okText={t('imports.commit', { total: report.total })}
                onConfirm={() => onCommit(file)}
              />
            )}
            <Button onClick={onReset}>{t('imports.another')}</Button>
          </Space>
        </section>
      );
    }
    case 'done': {
      const { job } = stage;
      const type = job.state === 'SUCCEEDED' ? 'success' : 'error';
      const title =
        job.state === 'SUCCEEDED'
          ? t('imports.succeeded', {
              created: job.created,
              updated: job.updated,
              unchanged: job.unchanged,
            })
          : job.state === 'REJECTED'
            ? t('imports.rejected', { rejected: job.rejected })
            : t('imports.failed');
      return (
        <section aria-label={t('imports.step.done')}>
          <Alert
            role={type === 'success' ? 'status' : 'alert'}
            type={type}
            showIcon
            title={title}
            style={{ marginBottom: 16 }}
          />
          <ImportReport job={job} />
          <Button onClick={onReset}>{t('imports.another')}</Button>
        </section>
      );
    }
  }
}
