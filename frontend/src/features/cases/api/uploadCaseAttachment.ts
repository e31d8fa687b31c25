import { newIdempotencyKey } from '../../../lib/api/client';
import { fileForm, upload } from '../../../lib/api/upload';
import type { CaseAttachment } from './types';

export interface CaseUploadRequest {
  caseId: number;
  file: File;
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  idempotencyKey?: string;
}

/** Uploads one file to a case as multipart/form-data (part `file`), with progress. */
export function uploadCaseAttachment({
  caseId,
  file,
  onProgress,
  idempotencyKey = newIdempotencyKey(),
}: CaseUploadRequest): Promise<CaseAttachment> {
  return upload<CaseAttachment>({
    url: `/api/v1/cases/${String(caseId)}/attachments`,
    body: fileForm(file),
    idempotencyKey,
    onProgress,
  }).done;
}
