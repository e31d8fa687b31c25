import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileOutlined,
  FilePdfOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Image, Spin, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { formatShanghai } from '../../../components/format';
import { QueryProblem } from '../../../components/ListPageParts';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UploadDropzone } from '../../../components/UploadDropzone';
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

function AttachmentUpload({
  nominationId,
  indicatorCode,
}: {
  nominationId: number;
  indicatorCode: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <UploadDropzone
      accept={ACCEPTED_FILES}
      upload={(file, onProgress) =>
        uploadEvidenceAttachment({ nominationId, indicatorCode, file, onProgress }).done
      }
      onUploaded={() =>
        queryClient.invalidateQueries({
          queryKey: evidenceKeys.attachments(nominationId, indicatorCode),
        })
      }
      texts={{
        drop: t('evidence.attachments.drop'),
        hint: t('evidence.attachments.hint'),
        uploading: t('evidence.attachments.uploading'),
        progressOf: (name) => t('evidence.attachments.progressOf', { name }),
        failed: (name) => t('evidence.attachments.failed', { name }),
        dismiss: t('evidence.attachments.dismiss'),
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
