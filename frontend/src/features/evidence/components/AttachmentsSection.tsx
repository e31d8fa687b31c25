import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileOutlined,
  FilePdfOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Image, Progress, Spin, Typography, Upload } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { formatShanghai } from '../../../components/format';
import { QueryProblem } from '../../../components/ListPageParts';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { isApiError } from '../../../lib/api/client';
import { evidenceKeys } from '../api/keys';
import { attachmentContentUrl, useEvidenceAttachments } from '../api/listEvidenceAttachments';
import { useRemoveAttachment } from '../api/removeAttachment';
import type { Attachment } from '../api/types';
import { uploadEvidenceAttachment } from '../api/uploadEvidenceAttachment';
import { formatBytes } from './formatBytes';
import { openPdfInNewTab } from '../../../components/openPdf';

/** The file types the server takes (judged again there by their content). */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,.ofd';

interface AttachmentsSectionProps {
  nominationId: number;
  indicatorCode: string;
  /** The caller may change the item now: upload and remove are offered. */
  editable: boolean;
}

/** The item's files: upload by drag and drop or picking (with progress), preview, download, remove. */
export function AttachmentsSection({
  nominationId,
  indicatorCode,
  editable,
}: AttachmentsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const attachments = useEvidenceAttachments(nominationId, indicatorCode);

  return (
    <section aria-labelledby={headingId} className="evidence-attachments">
      <Typography.Title level={2} id={headingId} style={{ fontSize: 17 }}>
        {t('evidence.attachments.title')}
      </Typography.Title>
      {editable && <AttachmentUpload nominationId={nominationId} indicatorCode={indicatorCode} />}
      <QueryProblem query={attachments} />
      {attachments.isPending && <Spin description={t('common.loading')} />}
      {attachments.data &&
        (attachments.data.length === 0 ? (
          <p>{t('evidence.attachments.none')}</p>
        ) : (
          <ul className="evidence-attachment-list" aria-label={t('evidence.attachments.listLabel')}>
            {attachments.data.map((a) => (
              <li key={a.id}>
                <AttachmentRow attachment={a} editable={editable} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

interface Upload {
  uid: string;
  name: string;
  percent: number;
  error?: unknown;
}

function AttachmentUpload({
  nominationId,
  indicatorCode,
}: {
  nominationId: number;
  indicatorCode: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const hintId = useId();
  const counter = useRef(0);

  const update = (uid: string, patch: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...patch } : u)));
  };

  const start = (file: File) => {
    counter.current += 1;
    const uid = `${String(counter.current)}-${file.name}`;
    setUploads((list) => [...list, { uid, name: file.name, percent: 0 }]);
    const { done } = uploadEvidenceAttachment({
      nominationId,
      indicatorCode,
      file,
      onProgress: (percent) => {
        update(uid, { percent });
      },
    });
    done.then(
      async () => {
        setUploads((list) => list.filter((u) => u.uid !== uid));
        await queryClient.invalidateQueries({
          queryKey: evidenceKeys.attachments(nominationId, indicatorCode),
        });
      },
      (error: unknown) => {
        update(uid, { error });
      },
    );
  };

  return (
    <div style={{ marginBottom: 16 }}>
      <Upload.Dragger
        multiple
        accept={ACCEPTED_FILES}
        showUploadList={false}
        beforeUpload={(file) => {
          start(file);
          // The upload is ours (with progress and problem+json answers), not antd's.
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('evidence.attachments.drop')}</p>
        <p className="ant-upload-hint" id={hintId}>
          {t('evidence.attachments.hint')}
        </p>
      </Upload.Dragger>
      {uploads.length > 0 && (
        <ul className="evidence-upload-list" aria-label={t('evidence.attachments.uploading')}>
          {uploads.map((u) => (
            <li key={u.uid}>
              {u.error === undefined ? (
                <>
                  <div>{u.name}</div>
                  <Progress
                    percent={u.percent}
                    size="small"
                    aria-label={t('evidence.attachments.progressOf', { name: u.name })}
                  />
                </>
              ) : (
                <UploadFailure
                  name={u.name}
                  error={u.error}
                  onDismiss={() => {
                    setUploads((list) => list.filter((x) => x.uid !== u.uid));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadFailure({
  name,
  error,
  onDismiss,
}: {
  name: string;
  error: unknown;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const violations = isApiError(error) ? error.violations.map((v) => v.message) : [];
  return (
    <Alert
      type="error"
      showIcon
      title={t('evidence.attachments.failed', { name })}
      description={violations.length > 0 ? violations.join(' ') : <ProblemAlert error={error} />}
      closable={{
        closeIcon: true,
        'aria-label': t('evidence.attachments.dismiss'),
        onClose: onDismiss,
      }}
    />
  );
}

function AttachmentRow({ attachment: a, editable }: { attachment: Attachment; editable: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveAttachment();
  const [opening, setOpening] = useState<unknown>(null);
  const url = attachmentContentUrl(a.id);
  const image = a.contentType === 'image/png' || a.contentType === 'image/jpeg';
  const pdf = a.contentType === 'application/pdf';

  return (
    <Flex gap="small" align="center" wrap className="evidence-attachment">
      <div className="evidence-attachment-thumb">
        {image ? (
          <Image
            src={url}
            alt={t('evidence.attachments.thumbnailOf', { name: a.fileName })}
            width={56}
            height={56}
            style={{ objectFit: 'cover' }}
            preview={{ cover: <EyeOutlined aria-hidden /> }}
          />
        ) : pdf ? (
          <FilePdfOutlined aria-hidden style={{ fontSize: 32, color: '#a8071a' }} />
        ) : (
          <FileOutlined aria-hidden style={{ fontSize: 32 }} />
        )}
      </div>
      <div className="evidence-attachment-info">
        <div className="evidence-attachment-name">{a.fileName}</div>
        <Typography.Text type="secondary">
          {formatBytes(a.sizeBytes)} · {formatShanghai(a.uploadedAt)} · {a.uploadedBy}
        </Typography.Text>
      </div>
      <Flex gap={4} wrap>
        {pdf && (
          <Button
            icon={<EyeOutlined aria-hidden />}
            aria-label={t('evidence.attachments.openPdf', { name: a.fileName })}
            onClick={() => {
              setOpening(null);
              openPdfInNewTab(url).catch((e: unknown) => {
                setOpening(e);
              });
            }}
          >
            {t('evidence.attachments.open')}
          </Button>
        )}
        <Button
          icon={<DownloadOutlined aria-hidden />}
          href={url}
          download={a.fileName}
          aria-label={t('evidence.attachments.downloadOf', { name: a.fileName })}
        >
          {t('evidence.attachments.download')}
        </Button>
        {editable && (
          <ConfirmActionButton
            type="default"
            size="middle"
            danger
            icon={<DeleteOutlined aria-hidden />}
            label={t('evidence.attachments.remove')}
            ariaLabel={t('evidence.attachments.removeOf', { name: a.fileName })}
            title={t('evidence.attachments.removeTitle')}
            body={t('evidence.attachments.removeBody', { name: a.fileName })}
            okText={t('evidence.attachments.remove')}
            doneMessage={t('evidence.attachments.removed', { name: a.fileName })}
            onConfirm={() =>
              remove.mutateAsync({
                attachmentId: a.id,
                nominationId: a.nominationId,
                indicatorCode: a.indicatorCode,
              })
            }
          />
        )}
      </Flex>
      {opening !== null && <ProblemAlert error={opening} />}
    </Flex>
  );
}
