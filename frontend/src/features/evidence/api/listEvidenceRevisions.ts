import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { evidenceKeys } from './keys';
import type { EvidenceRevisionPage } from './types';

export const REVISIONS_PAGE_SIZE = 10;

/** The saved revisions of one item, newest first, a page at a time. */
export async function fetchEvidenceRevisions(
  nominationId: number,
  indicatorCode: string,
  page: number,
  signal?: AbortSignal,
): Promise<EvidenceRevisionPage> {
  return expectData(
    await api.GET('/api/v1/nominations/{nominationId}/evidence/{indicatorCode}/revisions', {
      params: {
        path: { nominationId, indicatorCode },
        query: { page, size: REVISIONS_PAGE_SIZE },
      },
      signal,
    }),
  );
}

export function useEvidenceRevisions(nominationId: number, indicatorCode: string, page: number) {
  return useQuery({
    queryKey: evidenceKeys.revisions(nominationId, indicatorCode, page),
    queryFn: ({ signal }) => fetchEvidenceRevisions(nominationId, indicatorCode, page, signal),
    placeholderData: keepPreviousData,
  });
}
