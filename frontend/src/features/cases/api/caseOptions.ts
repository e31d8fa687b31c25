import { useQuery } from '@tanstack/react-query';
import { api, expectData } from '../../../lib/api/client';
import { caseKeys } from './keys';

export interface Option {
  value: number;
  label: string;
}

/** The townships a case may be about: those of the writer's district, by code. */
export function useCaseTownships(districtId: number | undefined) {
  return useQuery({
    queryKey: caseKeys.townships(districtId),
    queryFn: async ({ signal }): Promise<Option[]> => {
      const page = expectData(
        await api.GET('/api/v1/townships', {
          params: { query: { size: 100, sort: 'code', ...(districtId && { districtId }) } },
          signal,
        }),
      );
      return page.items.map((township) => ({ value: township.id, label: township.name }));
    },
  });
}

/** The rounds a case may belong to, newest first. */
export function useCaseRounds() {
  return useQuery({
    queryKey: caseKeys.rounds(),
    queryFn: async ({ signal }): Promise<Option[]> => {
      const page = expectData(
        await api.GET('/api/v1/rounds', {
          params: { query: { size: 100, sort: '-year' } },
          signal,
        }),
      );
      return page.items.map((round) => ({ value: round.id, label: round.name }));
    },
  });
}
