import { newIdempotencyKey } from '../../../lib/api/client';
import { fileForm, upload, type UploadHandle } from '../../../lib/api/upload';
import type { Attachment } from './types';

export interface UploadRequest {
  nominationId: number;
  indicatorCode: string;
  file: File;
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  /** Reused when the same file is retried, so the server stores it once. */
  idempotencyKey?: string;
}

/** Uploads one file to an evidence item as multipart/form-data (part `file`), with progress. */
export function uploadEvidenceAttachment({
  nominationId,
  indicatorCode,
  file,
  onProgress,
  idempotencyKey = newIdempotencyKey(),
}: UploadRequest): UploadHandle<Attachment> {
  return upload<Attachment>({
    url: `/api/v1/nominations/${String(nominationId)}/evidence/${encodeURIComponent(indicatorCode)}/attachments`,
    body: fileForm(file),
    idempotencyKey,
    onProgress,
  });
}
