import type { CaseListParams, PublicCaseListParams } from './types';

/** Query keys of the cases feature; a change to a case invalidates `all`. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (params: CaseListParams) => [...caseKeys.lists(), params] as const,
  detail: (id: number) => [...caseKeys.all, 'detail', id] as const,
  attachments: (id: number) => [...caseKeys.detail(id), 'attachments'] as const,
  townships: (districtId: number | undefined) =>
    [...caseKeys.all, 'townships', districtId] as const,
  rounds: () => [...caseKeys.all, 'rounds'] as const,
  publicAll: ['publicCases'] as const,
  publicList: (params: PublicCaseListParams) => [...caseKeys.publicAll, 'list', params] as const,
  publicDetail: (id: number) => [...caseKeys.publicAll, 'detail', id] as const,
};
