import { upload } from '../../../lib/api/upload';
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
 * Sends an import file as its own body (CSV, XLSX or JSON by its name), with progress. Resolves
 * with the import, also when it was rejected (422 with the report: the report is the answer the
 * page shows); any other failure rejects with ApiError.
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
  return upload<ImportJob>({
    url: `/api/v1/imports/${kind}?${query.toString()}`,
    body: file,
    contentType: contentTypeOf(file.name) ?? 'text/csv',
    idempotencyKey,
    onProgress,
    resolveFailure: (status, body) =>
      status === 422 && isRecord(body) && isRecord(body.report) ? body.report : undefined,
  }).done;
}
