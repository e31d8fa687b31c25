import { useQuery } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../api/client';
import type { components } from '../api/schema.gen';
import type { Versioned } from '../api/types';

export type NominationVerdict = components['schemas']['NominationVerdict'];

/**
 * The verdict's query key. It lies under the assessment's keys (`['assessment']`), which every
 * judgement (the proposal follows them) and verdict change invalidates.
 */
export const verdictKey = (nominationId: number) =>
  ['assessment', 'verdict', nominationId] as const;

/** Its ETag, the verdict's version; falls back to the version should a proxy drop the header. */
export function versionedVerdict(result: {
  data?: NominationVerdict;
  error?: unknown;
  response: Response;
}): Versioned<NominationVerdict> {
  const value = expectData(result);
  return { value, etag: etagOf(result.response) ?? `"${String(value.version)}"` };
}

/**
 * The verdict of a nomination as the caller may see it (published revisions only, unless city):
 * proposal, current verdict and its revisions, with its ETag.
 */
export async function fetchVerdict(
  nominationId: number,
  signal?: AbortSignal,
): Promise<Versioned<NominationVerdict>> {
  return versionedVerdict(
    await api.GET('/api/v1/nominations/{nominationId}/verdict', {
      params: { path: { nominationId } },
      signal,
    }),
  );
}

/** Always fresh: a judgement elsewhere changes the proposal. */
export function useVerdict(nominationId: number) {
  return useQuery({
    queryKey: verdictKey(nominationId),
    queryFn: ({ signal }) => fetchVerdict(nominationId, signal),
    staleTime: 0,
  });
}
