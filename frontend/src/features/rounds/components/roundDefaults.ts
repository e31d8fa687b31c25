import dayjs, { type Dayjs } from 'dayjs';
import { PHASE_CODES, type PhaseCode } from '../../../lib/api/types';
import { todayInShanghai } from '../../../lib/programme/today';

/** A phase's start and end as Beijing wall-clock values (what the range pickers hold). */
export type PhaseRange = [Dayjs, Dayjs];

// Month-day ranges of the 2023 plan: deployment in July, implementation July to October, the
// provincial selection reported by 25 September, assessment in November and December, and the
// round wound up at the end of December.
const PLAN: Record<PhaseCode, [start: string, end: string]> = {
  DEPLOYMENT: ['07-01T00:00', '07-31T23:59'],
  IMPLEMENTATION: ['07-01T00:00', '10-31T23:59'],
  PROVINCIAL_SELECTION: ['07-01T00:00', '09-25T23:59'],
  ASSESSMENT: ['11-01T00:00', '12-20T23:59'],
  CLOSING: ['12-21T00:00', '12-31T23:59'],
};

/** The five phases of a round in `year`, dated like the 2023 plan. */
export function defaultPhases(year: number): Record<PhaseCode, PhaseRange> {
  const at = (monthDayTime: string) => dayjs(`${String(year).padStart(4, '0')}-${monthDayTime}`);
  return Object.fromEntries(
    PHASE_CODES.map((code) => [code, [at(PLAN[code][0]), at(PLAN[code][1])]]),
  ) as Record<PhaseCode, PhaseRange>;
}

/** The plan's quotas: two townships per county-level unit, one per functional zone. */
export const DEFAULT_QUOTAS = { quotaCountyLevel: 2, quotaFunctionalZone: 1 } as const;

/**
 * The year a new round is for: this year while its deployment phase (from 1 July) is still ahead
 * in Beijing time, else next year, so that the default phases never lie in the past.
 */
export function nextCycleYear(today: string = todayInShanghai()): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 10) < PLAN.DEPLOYMENT[0].slice(0, 5) ? year : year + 1;
}
