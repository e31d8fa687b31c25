import type { Phase } from '../../../lib/api/types';

/** The phase whose deadline (its end) comes next after `now`, or undefined once all have passed. */
export function nextDeadline(phases: readonly Phase[], now: number): Phase | undefined {
  return phases
    .filter((p) => Date.parse(p.endsAt) > now)
    .reduce<Phase | undefined>(
      (soonest, p) => (!soonest || Date.parse(p.endsAt) < Date.parse(soonest.endsAt) ? p : soonest),
      undefined,
    );
}
