import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './problem';
import { fileForm, upload } from './upload';

/** Just enough of XMLHttpRequest to answer one request the way a server would. */
class FakeXhr {
  static last: FakeXhr;
  headers: Record<string, string> = {};
  method = '';
  url = '';
  sent: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: {
    onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void;
  } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;

  constructor() {
    FakeXhr.last = this;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }

  send(body: unknown) {
    this.sent = body;
  }

  abort() {
    this.onabort?.();
  }

  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('upload', () => {
  it('sends the file with the usual headers, reports progress and resolves with the answer', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress: number[] = [];
    const file = new File(['%PDF-1.4'], '总结.pdf', { type: 'application/pdf' });
    const { done } = upload<{ id: number }>({
      url: '/api/v1/cases/7/attachments',
      body: fileForm(file),
      idempotencyKey: 'key-1',
      onProgress: (percent) => progress.push(percent),
    });
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/cases/7/attachments');
    expect(xhr.headers['Idempotency-Key']).toBe('key-1');
    expect(xhr.headers['Accept-Language']).toBeTruthy();
    expect((xhr.sent as FormData).get('file')).toBeInstanceOf(File);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 });
    xhr.answer(201, { id: 3 });
    await expect(done).resolves.toEqual({ id: 3 });
    expect(progress).toEqual([25]);
  });

  it('rejects a refusal with the ApiError of its problem, unless the caller takes it as an answer', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const refused = upload({
      url: '/api/v1/imports/townships',
      body: new File(['a'], 'a.csv'),
      contentType: 'text/csv',
    });
    const problem = { type: 'about:blank', title: '文件过大', status: 413, detail: '文件过大' };
    FakeXhr.last.answer(413, problem, { 'X-Request-Id': 'r-1' });
    await expect(refused.done).rejects.toBeInstanceOf(ApiError);

    const report = upload({
      url: '/api/v1/imports/townships',
      body: new File(['a'], 'a.csv'),
      resolveFailure: (status, body) =>
        status === 422 ? (body as { report: unknown }).report : undefined,
    });
    FakeXhr.last.answer(422, { status: 422, report: { rejected: 1 } });
    await expect(report.done).resolves.toEqual({ rejected: 1 });
  });
});
