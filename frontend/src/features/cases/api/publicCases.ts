import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';
import type { PublicCase, PublicCaseListParams, PublicCasePage } from './types';

export async function fetchPublishedCases(
  params: PublicCaseListParams,
  signal?: AbortSignal,
): Promise<PublicCasePage> {
  return expectData(await api.GET('/api/v1/public/cases', { params: { query: params }, signal }));
}

export function usePublishedCases(params: PublicCaseListParams) {
  return useQuery({
    queryKey: caseKeys.publicList(params),
    queryFn: ({ signal }) => fetchPublishedCases(params, signal),
    placeholderData: keepPreviousData,
  });
}

export async function fetchPublishedCase(id: number, signal?: AbortSignal): Promise<PublicCase> {
  return expectData(
    await api.GET('/api/v1/public/cases/{caseId}', { params: { path: { caseId: id } }, signal }),
  );
}

export function usePublishedCase(id: number) {
  return useQuery({
    queryKey: caseKeys.publicDetail(id),
    queryFn: ({ signal }) => fetchPublishedCase(id, signal),
  });
}
