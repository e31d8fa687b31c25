import { currentLanguage } from '../../../i18n';
import { currentCsrfToken, newIdempotencyKey } from '../../../lib/api/client';
import { networkError, toApiError } from '../../../lib/api/problem';
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

export interface UploadHandle {
  done: Promise<Attachment>;
  abort: () => void;
}

/**
 * Uploads one file as multipart/form-data (part `file`). XMLHttpRequest, not fetch: only it
 * reports upload progress. Failures reject with the same ApiError as every other call.
 */
export function uploadEvidenceAttachment({
  nominationId,
  indicatorCode,
  file,
  onProgress,
  idempotencyKey = newIdempotencyKey(),
}: UploadRequest): UploadHandle {
  const xhr = new XMLHttpRequest();
  const url = `/api/v1/nominations/${String(nominationId)}/evidence/${encodeURIComponent(indicatorCode)}/attachments`;
  const done = new Promise<Attachment>((resolve, reject) => {
    xhr.open('POST', url);
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
    xhr.onabort = () => {
      reject(networkError(new Error('upload cancelled')));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== undefined) {
        resolve(body as Attachment);
        return;
      }
      const headers = new Headers();
      for (const name of ['X-Request-Id', 'Retry-After']) {
        const value = xhr.getResponseHeader(name);
        if (value !== null) headers.set(name, value);
      }
      const response = new Response(null, {
        status: xhr.status >= 200 && xhr.status <= 599 ? xhr.status : 500,
        statusText: xhr.statusText,
        headers,
      });
      reject(toApiError(response, body));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return {
    done,
    abort: () => {
      xhr.abort();
    },
  };
}
