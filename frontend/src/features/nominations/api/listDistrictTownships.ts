import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { TownshipListParams, TownshipPage } from '../../../lib/api/types';

/** A district's townships (fewer than a hundred) by administrative code, the candidates for a nomination. */
function allOf(districtId: number): TownshipListParams {
  return { page: 1, size: 100, sort: 'code', districtId };
}

export async function fetchDistrictTownships(
  districtId: number,
  signal?: AbortSignal,
): Promise<TownshipPage> {
  return expectData(
    await api.GET('/api/v1/townships', { params: { query: allOf(districtId) }, signal }),
  );
}

export function useDistrictTownships(districtId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.townships.list(allOf(districtId ?? 0)),
    queryFn: ({ signal }) => fetchDistrictTownships(districtId ?? 0, signal),
    enabled: districtId !== undefined,
  });
}
