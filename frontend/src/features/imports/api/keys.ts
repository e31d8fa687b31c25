import type { ImportJobListParams } from './types';

/** The import feature's query keys. */
export const importKeys = {
  all: ['imports'] as const,
  jobs: (params: ImportJobListParams) => [...importKeys.all, 'jobs', params] as const,
  job: (id: number) => [...importKeys.all, 'job', id] as const,
};
