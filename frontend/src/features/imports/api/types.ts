import type { components, operations } from '../../../lib/api/schema.gen';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportJobPage = components['schemas']['ImportJobPage'];
export type ImportProblem = components['schemas']['ImportProblem'];
export type ImportJobListParams = NonNullable<operations['listImportJobs']['parameters']['query']>;
