import { api, expectData } from '../../../lib/api/client';
import type { ImportJob } from './types';

/** One import with its progress and report (polled while a job runs). */
export async function fetchImportJob(id: number, signal?: AbortSignal): Promise<ImportJob> {
  return expectData(
    await api.GET('/api/v1/import-jobs/{importId}', {
      params: { path: { importId: id } },
      signal,
    }),
  );
}
