import { useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Versioned } from '../../../lib/api/types';
import type { Nomination } from './types';

/** The nomination the evidence belongs to (township, district, round), shared with its page. */
export async function fetchNomination(
  id: number,
  signal?: AbortSignal,
): Promise<Versioned<Nomination>> {
  const result = await api.GET('/api/v1/nominations/{nominationId}', {
    params: { path: { nominationId: id } },
    signal,
  });
  return { value: expectData(result), etag: etagOf(result.response) };
}

export function useNomination(id: number) {
  return useQuery({
    queryKey: queryKeys.nominations.detail(id),
    queryFn: ({ signal }) => fetchNomination(id, signal),
  });
}
