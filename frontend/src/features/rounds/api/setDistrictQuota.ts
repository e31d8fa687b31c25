import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { RoundDistrict } from '../../../lib/api/types';

export interface SetDistrictQuotaRequest {
  roundId: number;
  /** The round's ETag (a quota is a setting of the round). */
  etag: string | undefined;
  districtId: number;
  quota: number;
}

/**
 * Overrides one district's quota in a round; refused (409) below the places already used and
 * (412) when the round changed since it was read.
 */
export async function setDistrictQuota({
  roundId,
  etag,
  districtId,
  quota,
}: SetDistrictQuotaRequest): Promise<RoundDistrict> {
  return expectData(
    await api.PUT('/api/v1/rounds/{roundId}/districts/{districtId}/quota', {
      params: { path: { roundId, districtId }, header: { 'If-Match': etag ?? '' } },
      body: { quota },
    }),
  );
}

export function useSetDistrictQuota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDistrictQuota,
    onSuccess: async (_saved, { roundId }) => {
      // the round's version moved on with the quota
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.districts(roundId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds.detail(roundId) }),
      ]);
    },
  });
}
