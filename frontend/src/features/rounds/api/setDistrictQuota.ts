import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { RoundDistrict } from '../../../lib/api/types';

export interface SetDistrictQuotaRequest {
  roundId: number;
  districtId: number;
  quota: number;
}

/** Overrides one district's quota in a round; refused (409) below the places already used. */
export async function setDistrictQuota({
  roundId,
  districtId,
  quota,
}: SetDistrictQuotaRequest): Promise<RoundDistrict> {
  return expectData(
    await api.PUT('/api/v1/rounds/{roundId}/districts/{districtId}/quota', {
      params: { path: { roundId, districtId } },
      body: { quota },
    }),
  );
}

export function useSetDistrictQuota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDistrictQuota,
    onSuccess: async (_saved, { roundId }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.rounds.districts(roundId) });
    },
  });
}
