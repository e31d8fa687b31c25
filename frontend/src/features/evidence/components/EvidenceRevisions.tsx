import { Button, Flex, Form, List, Modal, Select, Spin, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../components/format';
import { QueryProblem } from '../../../components/ListPageParts';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useEvidenceRevision } from '../api/getEvidenceRevision';
import { REVISIONS_PAGE_SIZE, useEvidenceRevisions } from '../api/listEvidenceRevisions';
import type { EvidenceReviewEvent, EvidenceRevision, EvidenceRevisionSummary } from '../api/types';
import { EvidenceView } from './EvidenceView';
import { formatBytes } from './formatBytes';
import { RevisionDiff } from './RevisionDiff';

interface EvidenceRevisionsProps {
  nominationId: number;
  indicatorCode: string;
}

/** Every saved revision with what happened to it; any can be read, any two compared. */
export function EvidenceRevisions({ nominationId, indicatorCode }: EvidenceRevisionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const revisions = useEvidenceRevisions(nominationId, indicatorCode, page);
  const [viewing, setViewing] = useState<number | undefined>();
  const [comparing, setComparing] = useState<[number, number] | undefined>();

  const items = revisions.data?.items ?? [];
  return (
    <section aria-labelledby={headingId} className="evidence-revisions">
      <Typography.Title level={2} id={headingId} style={{ fontSize: 17 }}>
        {t('evidence.revisions.title')}
      </Typography.Title>
      <QueryProblem query={revisions} />
      {revisions.data && revisions.data.total >= 2 && (
        <CompareForm
          newest={revisions.data.total}
          onCompare={(from, to) => {
            setComparing([from, to]);
          }}
        />
      )}
      <List<EvidenceRevisionSummary>
        loading={revisions.isFetching}
        dataSource={items}
        locale={{ emptyText: t('evidence.revisions.none') }}
        pagination={
          revisions.data && revisions.data.total > REVISIONS_PAGE_SIZE
            ? {
                current: page,
                pageSize: REVISIONS_PAGE_SIZE,
                total: revisions.data.total,
                onChange: setPage,
                size: 'small',
                showSizeChanger: false,
              }
            : false
        }
        renderItem={(r) => (
          <List.Item
            actions={[
              <Button
                key="view"
                aria-label={t('evidence.revisions.viewN', { revision: r.revision })}
                onClick={() => {
                  setViewing(r.revision);
                }}
              >
                {t('common.view')}
              </Button>,
            ]}
          >
            {/* Not List.Item.Meta: its title is an h4, out of order under the section's h2. */}
            <div>
              <strong>{t('evidence.revisions.revisionN', { revision: r.revision })}</strong>
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {t('evidence.revisions.savedBy', { at: formatShanghai(r.savedAt), by: r.savedBy })}
              </Typography.Text>
              {r.events.map((e, i) => (
                <ReviewEventLine key={i} event={e} />
              ))}
            </div>
          </List.Item>
        )}
      />
      {viewing !== undefined && (
        <RevisionModal
          nominationId={nominationId}
          indicatorCode={indicatorCode}
          revision={viewing}
          onClose={() => {
            setViewing(undefined);
          }}
        />
      )}
      {comparing && (
        <CompareModal
          nominationId={nominationId}
          indicatorCode={indicatorCode}
          from={comparing[0]}
          to={comparing[1]}
          onClose={() => {
            setComparing(undefined);
          }}
        />
      )}
    </section>
  );
}

/** "2091-08-20 10:30 李四 退回：缺少参保名册" */
export function ReviewEventLine({ event: e }: { event: EvidenceReviewEvent }) {
  const { t } = useTranslation();
  return (
    <div>
      {e.reason
        ? t('common.labelled', {
            label: t(`evidence.revisions.event.${e.action}`, {
              at: formatShanghai(e.at),
              by: e.actor,
            }),
            value: e.reason,
          })
        : t(`evidence.revisions.event.${e.action}`, { at: formatShanghai(e.at), by: e.actor })}
    </div>
  );
}

/** Two revision numbers (revisions are numbered 1..newest), older first. */
function CompareForm({
  newest,
  onCompare,
}: {
  newest: number;
  onCompare: (from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(newest - 1);
  const [to, setTo] = useState(newest);
  const options = Array.from({ length: newest }, (_v, i) => newest - i).map((n) => ({
    value: n,
    label: t('evidence.revisions.revisionN', { revision: n }),
  }));
  return (
    <Form layout="vertical" className="evidence-compare" component="div">
      <Flex wrap gap="small" align="end">
        <Form.Item
          label={t('evidence.revisions.compareFrom')}
          style={{ marginBottom: 8, minWidth: 140 }}
        >
          <Select<number> value={from} onChange={setFrom} options={options} size="large" />
        </Form.Item>
        <Form.Item
          label={t('evidence.revisions.compareTo')}
          style={{ marginBottom: 8, minWidth: 140 }}
        >
          <Select<number> value={to} onChange={setTo} options={options} size="large" />
        </Form.Item>
        <Button
          size="large"
          style={{ marginBottom: 8 }}
          disabled={from === to}
          onClick={() => {
            onCompare(Math.min(from, to), Math.max(from, to));
          }}
        >
          {t('evidence.revisions.compare')}
        </Button>
      </Flex>
    </Form>
  );
}

function RevisionModal({
  nominationId,
  indicatorCode,
  revision,
  onClose,
}: EvidenceRevisionsProps & { revision: number; onClose: () => void }) {
  const { t } = useTranslation();
  const saved = useEvidenceRevision(nominationId, indicatorCode, revision);
  return (
    <Modal
      open
      title={t('evidence.revisions.revisionN', { revision })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('evidence.close')}</Button>}
      width={800}
      destroyOnHidden
    >
      {saved.isPending && <Spin description={t('common.loading')} />}
      {saved.isError && <ProblemAlert error={saved.error} onRetry={() => void saved.refetch()} />}
      {saved.isSuccess && (
        <>
          <EvidenceView content={saved.data} />
          <RevisionFiles files={saved.data.attachments} />
        </>
      )}
    </Modal>
  );
}

/** The files the revision had (a file removed since stays listed, marked, and downloadable). */
function RevisionFiles({ files }: { files: EvidenceRevision['attachments'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={3} id={headingId} style={{ fontSize: 15 }}>
        {t('evidence.attachments.title')}
      </Typography.Title>
      {files.length === 0 ? (
        <p>{t('evidence.attachments.none')}</p>
      ) : (
        <ul className="revision-files">
          {files.map((file) => (
            <li key={file.id}>
              <a
                href={`/api/v1/attachments/${String(file.id)}/content`}
                download={file.fileName}
                aria-label={t('evidence.attachments.downloadOf', { name: file.fileName })}
              >
                {file.fileName}
              </a>{' '}
              <Typography.Text type="secondary">{formatBytes(file.sizeBytes)}</Typography.Text>
              {file.removedAt && (
                <Typography.Text type="secondary">
                  {' '}
                  {t('evidence.revisions.fileRemovedSince', { at: formatShanghai(file.removedAt) })}
                </Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CompareModal({
  nominationId,
  indicatorCode,
  from,
  to,
  onClose,
}: EvidenceRevisionsProps & { from: number; to: number; onClose: () => void }) {
  const { t } = useTranslation();
  const before = useEvidenceRevision(nominationId, indicatorCode, from);
  const after = useEvidenceRevision(nominationId, indicatorCode, to);
  return (
    <Modal
      open
      title={t('evidence.revisions.compareTitle', { from, to })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('evidence.close')}</Button>}
      width={900}
      destroyOnHidden
    >
      {(before.isPending || after.isPending) && <Spin description={t('common.loading')} />}
      {before.isError && <ProblemAlert error={before.error} />}
      {after.isError && <ProblemAlert error={after.error} />}
      {before.isSuccess && after.isSuccess && (
        <RevisionDiff before={before.data} after={after.data} />
      )}
    </Modal>
  );
}
