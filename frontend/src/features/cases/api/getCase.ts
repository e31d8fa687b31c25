import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';
import type { Case } from './types';

export async function fetchCase(id: number, signal?: AbortSignal): Promise<Case> {
  return expectData(
    await api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId: id } }, signal }),
  );
}

export function useCase(id: number) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => fetchCase(id, signal),
  });
}
