import type { Deadline, NominationState, PhaseCode } from '../../../lib/api/types';

/**
 * The phases whose deadlines matter in each state: a nominated township must submit its plan
 * before deployment ends; one under cultivation works (and may be picked for the provincial
 * programme) until implementation and provincial selection end; one submitted waits for the
 * assessment. Final states have no deadline left.
 */
const RELEVANT_PHASES: Record<NominationState, readonly PhaseCode[]> = {
  NOMINATED: ['DEPLOYMENT'],
  PLAN_SUBMITTED: ['DEPLOYMENT'],
  IN_PROGRESS: ['PROVINCIAL_SELECTION', 'IMPLEMENTATION'],
  SUBMITTED_FOR_ASSESSMENT: ['ASSESSMENT'],
  NAMED: [],
  NOT_NAMED: [],
  WITHDRAWN: [],
};

/** Passed by the server's word or by the clock, whichever says so first. */
export function hasPassed(deadline: Deadline, now: number): boolean {
  return deadline.passed || Date.parse(deadline.deadline) <= now;
}

/**
 * The deadline to show for a nomination now: the earliest one still ahead among those that
 * matter in its state, else the last one that passed; none in a final state.
 */
export function nextDeadline(
  deadlines: readonly Deadline[],
  state: NominationState,
  now: number,
): Deadline | undefined {
  const relevant = deadlines.filter((d) => RELEVANT_PHASES[state].includes(d.phase));
  const byTime = [...relevant].sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline));
  return byTime.find((d) => !hasPassed(d, now)) ?? byTime.at(-1);
}
