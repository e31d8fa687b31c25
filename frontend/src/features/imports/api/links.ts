import type { ImportKind } from '../kinds';

export type FileFormat = 'csv' | 'xlsx';

/** The template of a kind: a plain link (a GET with the session cookie), saved by the browser. */
export function templateUrl(kind: ImportKind, format: FileFormat): string {
  return `/api/v1/imports/${kind}/template?format=${format}`;
}

/** An import's report as CSV (one line per problem and row). */
export function reportUrl(id: number): string {
  return `/api/v1/import-jobs/${String(id)}/report`;
}
