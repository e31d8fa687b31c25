import { PHASE_CODES, type Phase } from '../../../lib/api/types';

export type PhaseStatus = 'done' | 'current' | 'upcoming';

/** Where `now` stands to a phase: before it, within it (deadline not passed), or after it. */
export function phaseStatus(phase: Phase, now: number): PhaseStatus {
  if (now < Date.parse(phase.startsAt)) return 'upcoming';
  return now < Date.parse(phase.endsAt) ? 'current' : 'done';
}

/** The phases in programme order, whatever order the server sent them in. */
export function inProgrammeOrder(phases: readonly Phase[]): Phase[] {
  return [...phases].sort((a, b) => PHASE_CODES.indexOf(a.code) - PHASE_CODES.indexOf(b.code));
}
