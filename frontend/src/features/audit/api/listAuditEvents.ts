import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { AuditEventListParams, AuditEventPage } from '../../../lib/api/types';

export async function fetchAuditEvents(
  params: AuditEventListParams,
  signal?: AbortSignal,
): Promise<AuditEventPage> {
  return expectData(await api.GET('/api/v1/audit-events', { params: { query: params }, signal }));
}

export function useAuditEvents(params: AuditEventListParams) {
  return useQuery({
    queryKey: queryKeys.auditEvents.list(params),
    queryFn: ({ signal }) => fetchAuditEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}
