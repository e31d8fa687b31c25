import { currentLanguage } from '../../../i18n';
import { currentCsrfToken, newIdempotencyKey } from '../../../lib/api/client';
import { networkError, toApiError } from '../../../lib/api/problem';
import type { CaseAttachment } from './types';

export interface CaseUploadRequest {
  caseId: number;
  file: File;
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  idempotencyKey?: string;
}

/**
 * Uploads one file to a case as multipart/form-data (part `file`). XMLHttpRequest, not fetch: only
 * it reports upload progress. Failures reject with the same ApiError as every other call.
 */
export function uploadCaseAttachment({
  caseId,
  file,
  onProgress,
  idempotencyKey = newIdempotencyKey(),
}: CaseUploadRequest): Promise<CaseAttachment> {
  const xhr = new XMLHttpRequest();
  return new Promise<CaseAttachment>((resolve, reject) => {
    xhr.open('POST', `/api/v1/cases/${String(caseId)}/attachments`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    };
    xhr.onerror = () => {
      reject(networkError(new Error('upload failed')));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== undefined) {
        resolve(body as CaseAttachment);
        return;
      }
      const headers = new Headers();
      const requestId = xhr.getResponseHeader('X-Request-Id');
      if (requestId !== null) headers.set('X-Request-Id', requestId);
      reject(
        toApiError(
          new Response(null, {
            status: xhr.status >= 200 && xhr.status <= 599 ? xhr.status : 500,
            headers,
          }),
          body,
        ),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
