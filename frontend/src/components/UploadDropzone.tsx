import { InboxOutlined } from '@ant-design/icons';
import { Alert, Progress, Upload } from 'antd';
import { useId, useRef, useState } from 'react';
import { isApiError } from '../lib/api/client';
import { ProblemAlert } from './ProblemAlert';

/** What the drop zone says, in the caller's words (evidence files, case photos...). */
export interface UploadDropzoneTexts {
  drop: string;
  hint: string;
  /** The name of the list of files on their way. */
  uploading: string;
  progressOf: (name: string) => string;
  failed: (name: string) => string;
  dismiss: string;
}

interface Pending {
  uid: string;
  name: string;
  percent: number;
  error?: unknown;
}

/**
 * Drag-and-drop (or pick) several files; each uploads at once with its own progress bar, and a
 * refused one stays listed with the server's reasons until dismissed. The upload is ours (progress,
 * problem+json answers), not antd's.
 */
export function UploadDropzone({
  accept,
  upload,
  onUploaded,
  texts,
}: {
  /** File types offered by the picker (the server judges again by content). */
  accept: string;
  upload: (file: File, onProgress: (percent: number) => void) => Promise<unknown>;
  /** After a file is stored: reload the list it appears in. */
  onUploaded: () => Promise<void>;
  texts: UploadDropzoneTexts;
}) {
  const [uploads, setUploads] = useState<Pending[]>([]);
  const hintId = useId();
  const counter = useRef(0);

  const update = (uid: string, patch: Partial<Pending>) => {
    setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...patch } : u)));
  };
  const dismiss = (uid: string) => {
    setUploads((list) => list.filter((u) => u.uid !== uid));
  };

  const start = (file: File) => {
    counter.current += 1;
    const uid = `${String(counter.current)}-${file.name}`;
    setUploads((list) => [...list, { uid, name: file.name, percent: 0 }]);
    upload(file, (percent) => {
      update(uid, { percent });
    }).then(
      async () => {
        dismiss(uid);
        await onUploaded();
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
        accept={accept}
        showUploadList={false}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{texts.drop}</p>
        <p className="ant-upload-hint" id={hintId}>
          {texts.hint}
        </p>
      </Upload.Dragger>
      {uploads.length > 0 && (
        <ul aria-label={texts.uploading} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {uploads.map((u) => (
            <li key={u.uid} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              {u.error === undefined ? (
                <>
                  <div>{u.name}</div>
                  <Progress
                    percent={u.percent}
                    size="small"
                    aria-label={texts.progressOf(u.name)}
                  />
                </>
              ) : (
                <Alert
                  type="error"
                  showIcon
                  title={texts.failed(u.name)}
                  description={
                    isApiError(u.error) && u.error.violations.length > 0 ? (
                      u.error.violations.map((v) => v.message).join(' ')
                    ) : (
                      <ProblemAlert error={u.error} />
                    )
                  }
                  closable={{
                    closeIcon: true,
                    'aria-label': texts.dismiss,
                    onClose: () => {
                      dismiss(u.uid);
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
