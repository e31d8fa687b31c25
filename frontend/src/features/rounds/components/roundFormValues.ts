import { shanghaiIso, shanghaiWallClock } from '../../../components/format';
import { PHASE_CODES, type PhaseCode, type Round, type RoundInput } from '../../../lib/api/types';
import type { Dayjs } from 'dayjs';

export type PhaseValue = [Dayjs | null, Dayjs | null] | null;

export interface RoundFormValues {
  year: number | null;
  name: string;
  frameworkId: number | undefined;
  quotaCountyLevel: number | null;
  quotaFunctionalZone: number | null;
  phases: Record<PhaseCode, PhaseValue>;
}

/** The request body from the form; phases are read as Beijing time. Validation ran before. */
export function toRoundInput(values: RoundFormValues): RoundInput {
  return {
    year: values.year ?? 0,
    name: values.name.trim(),
    frameworkId: values.frameworkId ?? 0,
    quotaCountyLevel: values.quotaCountyLevel ?? 0,
    quotaFunctionalZone: values.quotaFunctionalZone ?? 0,
    phases: PHASE_CODES.map((code) => {
      const [start, end] = values.phases[code] ?? [null, null];
      return {
        code,
        startsAt: start ? shanghaiIso(start) : '',
        endsAt: end ? shanghaiIso(end) : '',
      };
    }),
  };
}

export function valuesOf(round: Round): RoundFormValues {
  const phases = Object.fromEntries(
    PHASE_CODES.map((code) => {
      const phase = round.phases.find((p) => p.code === code);
      return [
        code,
        phase ? [shanghaiWallClock(phase.startsAt), shanghaiWallClock(phase.endsAt)] : null,
      ];
    }),
  ) as Record<PhaseCode, PhaseValue>;
  return {
    year: round.year,
    name: round.name,
    frameworkId: round.frameworkId,
    quotaCountyLevel: round.quotaCountyLevel,
    quotaFunctionalZone: round.quotaFunctionalZone,
    phases,
  };
}
