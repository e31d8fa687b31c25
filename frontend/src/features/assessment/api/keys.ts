import { verdictKey } from '../../../lib/verdicts/getVerdict';
import type { RoundVerdictParams } from './types';

/** Query keys of the assessment feature; a judgement or verdict change invalidates `all`. */
export const assessmentKeys = {
  all: ['assessment'] as const,
  queue: (roundId: number, params: RoundVerdictParams) =>
    [...assessmentKeys.all, 'queue', roundId, params] as const,
  form: (nominationId: number) => [...assessmentKeys.all, 'form', nominationId] as const,
  verdict: verdictKey,
  ranking: (roundId: number) => [...assessmentKeys.all, 'ranking', roundId] as const,
};
