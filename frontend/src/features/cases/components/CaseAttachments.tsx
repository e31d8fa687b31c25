import { DeleteOutlined, DownloadOutlined, FileOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Image, Spin, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { QueryProblem } from '../../../components/ListPageParts';
import { UploadDropzone } from '../../../components/UploadDropzone';
import {
  caseAttachmentUrl,
  useCaseAttachments,
  useRemoveCaseAttachment,
} from '../api/caseAttachments';
import { caseKeys } from '../api/keys';
import { isImage, type CaseAttachment } from '../api/types';
import { uploadCaseAttachment } from '../api/uploadCaseAttachment';

/** The file types the server takes (judged again there by their content). */
export const ACCEPTED_FILES = '.jpg,.jpeg,.png,.pdf,.docx,.xlsx,.ofd';

/** The case's photos and files: upload with progress while editable, thumbnails, download, remove. */
export function CaseAttachments({ caseId, editable }: { caseId: number; editable: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const attachments = useCaseAttachments(caseId);

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('cases.attachments.title')}
      </Typography.Title>
      {editable && <CaseUpload caseId={caseId} />}
      <QueryProblem query={attachments} />
      {attachments.isPending && <Spin description={t('common.loading')} />}
      {attachments.data &&
        (attachments.data.length === 0 ? (
          <p>{t('cases.attachments.none')}</p>
        ) : (
          <ul
            aria-label={t('cases.attachments.listLabel')}
            style={{ listStyle: 'none', padding: 0 }}
          >
            {attachments.data.map((a) => (
              <li key={a.id} style={{ marginBottom: 8 }}>
                <AttachmentRow caseId={caseId} attachment={a} editable={editable} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function CaseUpload({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <UploadDropzone
      accept={ACCEPTED_FILES}
      upload={(file, onProgress) => uploadCaseAttachment({ caseId, file, onProgress })}
      onUploaded={() => queryClient.invalidateQueries({ queryKey: caseKeys.attachments(caseId) })}
      texts={{
        drop: t('cases.attachments.drop'),
        hint: t('cases.attachments.hint'),
        uploading: t('cases.attachments.uploading'),
        progressOf: (name) => t('cases.attachments.progressOf', { name }),
        failed: (name) => t('cases.attachments.failed', { name }),
        dismiss: t('cases.attachments.dismiss'),
      }}
    />
  );
}

function AttachmentRow({
  caseId,
  attachment: a,
  editable,
}: {
  caseId: number;
  attachment: CaseAttachment;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const remove = useRemoveCaseAttachment();
  const url = caseAttachmentUrl(caseId, a.id);
  return (
    <Flex gap="small" align="center" wrap>
      {isImage(a.contentType) ? (
        <Image
          src={url}
          alt={t('cases.attachments.thumbnailOf', { name: a.fileName })}
          width={72}
          height={72}
          style={{ objectFit: 'cover' }}
        />
      ) : (
        <FileOutlined aria-hidden style={{ fontSize: 32 }} />
      )}
      <span style={{ flex: '1 1 200px', overflowWrap: 'anywhere' }}>{a.fileName}</span>
      <Button
        icon={<DownloadOutlined aria-hidden />}
        href={url}
        download={a.fileName}
        aria-label={t('cases.attachments.downloadOf', { name: a.fileName })}
      >
        {t('cases.attachments.download')}
      </Button>
      {editable && (
        <ConfirmActionButton
          type="default"
          size="middle"
          danger
          icon={<DeleteOutlined aria-hidden />}
          label={t('cases.attachments.remove')}
          ariaLabel={t('cases.attachments.removeOf', { name: a.fileName })}
          title={t('cases.attachments.removeTitle')}
          body={t('cases.attachments.removeBody', { name: a.fileName })}
          okText={t('cases.attachments.remove')}
          doneMessage={t('cases.attachments.removed', { name: a.fileName })}
          onConfirm={() => remove.mutateAsync({ caseId, attachmentId: a.id })}
        />
      )}
    </Flex>
  );
}
