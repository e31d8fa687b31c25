import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, expectData } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Versioned } from '../../../lib/api/types';
import { assessmentKeys } from './keys';
import type { NominationVerdict, VerdictCorrectionInput, VerdictInput } from './types';

function versioned(result: { data?: NominationVerdict; error?: unknown; response: Response }) {
  const value = expectData(result);
  // The ETag is the verdict's version; fall back to it should a proxy drop the header.
  return { value, etag: etagOf(result.response) ?? `"${String(value.version)}"` };
}

/** The verdict of a nomination: proposal, current verdict and its revisions, with its ETag. */
export async function fetchVerdict(
  nominationId: number,
  signal?: AbortSignal,
): Promise<Versioned<NominationVerdict>> {
  return versioned(
    await api.GET('/api/v1/nominations/{nominationId}/verdict', {
      params: { path: { nominationId } },
      signal,
    }),
  );
}

export function useVerdict(nominationId: number) {
  return useQuery({
    queryKey: assessmentKeys.verdict(nominationId),
    queryFn: ({ signal }) => fetchVerdict(nominationId, signal),
    staleTime: 0,
  });
}

export interface ConfirmVerdictRequest {
  nominationId: number;
  input: VerdictInput;
  /** The verdict's ETag when changing a confirmed one; none for the first confirmation. */
  etag: string | undefined;
}

export async function confirmVerdict({
  nominationId,
  input,
  etag,
}: ConfirmVerdictRequest): Promise<Versioned<NominationVerdict>> {
  return versioned(
    await api.PUT('/api/v1/nominations/{nominationId}/verdict', {
      params: { path: { nominationId }, header: etag ? { 'If-Match': etag } : {} },
      body: input,
    }),
  );
}

export interface CorrectVerdictRequest {
  nominationId: number;
  input: VerdictCorrectionInput;
  etag: string;
}

export async function correctVerdict({
  nominationId,
  input,
  etag,
}: CorrectVerdictRequest): Promise<Versioned<NominationVerdict>> {
  return versioned(
    await api.POST('/api/v1/nominations/{nominationId}/verdict/corrections', {
      params: { path: { nominationId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

function useVerdictMutation<R extends { nominationId: number }>(
  mutationFn: (request: R) => Promise<Versioned<NominationVerdict>>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (changed, request) => {
      queryClient.setQueryData(assessmentKeys.verdict(request.nominationId), changed);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
        // Publication and corrections move the nomination's state.
        queryClient.invalidateQueries({ queryKey: queryKeys.nominations.all }),
      ]);
    },
  });
}

export function useConfirmVerdict() {
  return useVerdictMutation(confirmVerdict);
}

export function useCorrectVerdict() {
  return useVerdictMutation(correctVerdict);
}
