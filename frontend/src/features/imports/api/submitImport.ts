import { currentLanguage } from '../../../i18n';
import { currentCsrfToken } from '../../../lib/api/client';
import { networkError, toApiError } from '../../../lib/api/problem';
import { contentTypeOf, type ImportKind, type ImportMode } from '../kinds';
import type { ImportJob } from './types';

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  mode: ImportMode;
  dryRun: boolean;
  /** Sent with the real import, so a retry after a lost answer imports once. */
  idempotencyKey?: string;
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Sends an import file as its own body (CSV, XLSX or JSON by its name). XMLHttpRequest, not fetch:
 * only it reports upload progress. Resolves with the import, also when it was rejected (422 with
 * the report: the report is the answer the page shows); any other failure rejects with ApiError.
 */
export function submitImport({
  kind,
  file,
  mode,
  dryRun,
  idempotencyKey,
  onProgress,
}: ImportRequest): Promise<ImportJob> {
  const query = new URLSearchParams({
    dryRun: String(dryRun),
    mode,
    fileName: file.name.slice(0, 256),
  });
  const xhr = new XMLHttpRequest();
  return new Promise<ImportJob>((resolve, reject) => {
    xhr.open('POST', `/api/v1/imports/${kind}?${query.toString()}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.setRequestHeader('Content-Type', contentTypeOf(file.name) ?? 'text/csv');
    if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
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
      if (xhr.status >= 200 && xhr.status < 300 && isRecord(body)) {
        resolve(body as ImportJob);
        return;
      }
      if (xhr.status === 422 && isRecord(body) && isRecord(body.report)) {
        resolve(body.report as ImportJob);
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
    xhr.send(file);
  });
}
