import { currentLanguage } from '../../i18n';
import { currentCsrfToken } from './client';
import { networkError, toApiError } from './problem';

export interface UploadOptions {
  url: string;
  /** A multipart form, or a file sent as the body itself (then say its `contentType`). */
  body: FormData | File;
  contentType?: string;
  /** Reused when the same upload is retried, so the server acts on it once. */
  idempotencyKey?: string | undefined;
  /** 0–100 as the bytes leave the browser. */
  onProgress?: ((percent: number) => void) | undefined;
  /**
   * What a non-2xx answer still resolves with (an import's 422 carries the report the page shows),
   * or undefined to reject with the ApiError as usual.
   */
  resolveFailure?: (status: number, body: unknown) => unknown;
}

export interface UploadHandle<T> {
  done: Promise<T>;
  abort: () => void;
}

/**
 * Sends a file with XMLHttpRequest, not fetch: only it reports upload progress. Sends the same
 * headers as every other call (language, CSRF token, Idempotency-Key); a 2xx JSON answer resolves,
 * failures reject with the same ApiError as every other call.
 */
export function upload<T>({
  url,
  body,
  contentType,
  idempotencyKey,
  onProgress,
  resolveFailure,
}: UploadOptions): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    if (contentType) xhr.setRequestHeader('Content-Type', contentType);
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
    xhr.onabort = () => {
      reject(networkError(new Error('upload cancelled')));
    };
    xhr.onload = () => {
      let answer: unknown;
      try {
        answer = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        answer = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && typeof answer === 'object' && answer !== null) {
        resolve(answer as T);
        return;
      }
      const accepted = resolveFailure?.(xhr.status, answer);
      if (accepted !== undefined) {
        resolve(accepted as T);
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
      reject(toApiError(response, answer));
    };
    xhr.send(body);
  });
  return {
    done,
    abort: () => {
      xhr.abort();
    },
  };
}

/** A multipart form with the one part `file` that attachment uploads take. */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}
