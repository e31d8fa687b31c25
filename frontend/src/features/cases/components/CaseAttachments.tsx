import { DeleteOutlined, DownloadOutlined, FileOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Image, Progress, Spin, Typography, Upload } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { QueryProblem } from '../../../components/ListPageParts';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { isApiError } from '../../../lib/api/client';
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

interface Pending {
  uid: string;
  name: string;
  percent: number;
  error?: unknown;
}

function CaseUpload({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Pending[]>([]);
  const counter = useRef(0);

  const update = (uid: string, patch: Partial<Pending>) => {
    setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...patch } : u)));
  };

  const start = (file: File) => {
    counter.current += 1;
    const uid = `${String(counter.current)}-${file.name}`;
    setUploads((list) => [...list, { uid, name: file.name, percent: 0 }]);
    uploadCaseAttachment({
      caseId,
      file,
      onProgress: (percent) => {
        update(uid, { percent });
      },
    }).then(
      async () => {
        setUploads((list) => list.filter((u) => u.uid !== uid));
        await queryClient.invalidateQueries({ queryKey: caseKeys.attachments(caseId) });
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
        <p className="ant-upload-text">{t('cases.attachments.drop')}</p>
        <p className="ant-upload-hint">{t('cases.attachments.hint')}</p>
      </Upload.Dragger>
      {uploads.length > 0 && (
        <ul aria-label={t('cases.attachments.uploading')} style={{ listStyle: 'none', padding: 0 }}>
          {uploads.map((u) => (
            <li key={u.uid}>
              {u.error === undefined ? (
                <>
                  <div>{u.name}</div>
                  <Progress
                    percent={u.percent}
                    size="small"
                    aria-label={t('cases.attachments.progressOf', { name: u.name })}
                  />
                </>
              ) : (
                <Alert
                  type="error"
                  showIcon
                  title={t('cases.attachments.failed', { name: u.name })}
                  description={
                    isApiError(u.error) && u.error.violations.length > 0 ? (
                      u.error.violations.map((v) => v.message).join(' ')
                    ) : (
                      <ProblemAlert error={u.error} />
                    )
                  }
                  closable={{
                    closeIcon: true,
                    'aria-label': t('cases.attachments.dismiss'),
                    onClose: () => {
                      setUploads((list) => list.filter((x) => x.uid !== u.uid));
                    },
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
