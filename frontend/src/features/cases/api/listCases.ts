import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';
import type { CaseListParams, CasePage } from './types';

export async function fetchCases(params: CaseListParams, signal?: AbortSignal): Promise<CasePage> {
  return expectData(await api.GET('/api/v1/cases', { params: { query: params }, signal }));
}

export function useCases(params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => fetchCases(params, signal),
    placeholderData: keepPreviousData,
  });
}
