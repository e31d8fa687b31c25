import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { importKeys } from './keys';
import type { ImportJobListParams, ImportJobPage } from './types';

export async function fetchImportJobs(
  params: ImportJobListParams,
  signal?: AbortSignal,
): Promise<ImportJobPage> {
  return expectData(await api.GET('/api/v1/import-jobs', { params: { query: params }, signal }));
}

/** The history: one's own imports (every import for a city admin), newest first. */
export function useImportJobs(params: ImportJobListParams) {
  return useQuery({
    queryKey: importKeys.jobs(params),
    queryFn: ({ signal }) => fetchImportJobs(params, signal),
    placeholderData: keepPreviousData,
  });
}
