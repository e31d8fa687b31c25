import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../lib/api/types';
import { hasPassed, nextDeadline } from './deadlines';

const NOW = Date.parse('2091-09-20T12:00:00+08:00');

function deadline(phase: Deadline['phase'], at: string, passed = false): Deadline {
  return { phase, deadline: at, reopened: false, passed };
}

const DEADLINES = [
  deadline('DEPLOYMENT', '2091-07-31T23:59:00+08:00', true),
  deadline('IMPLEMENTATION', '2091-10-31T23:59:00+08:00'),
  deadline('PROVINCIAL_SELECTION', '2091-09-25T23:59:00+08:00'),
  deadline('ASSESSMENT', '2091-12-20T23:59:00+08:00'),
];

describe('nextDeadline', () => {
  it('picks the earliest deadline ahead among those the state cares about', () => {
    expect(nextDeadline(DEADLINES, 'IN_PROGRESS', NOW)?.phase).toBe('PROVINCIAL_SELECTION');
    const later = Date.parse('2091-09-26T00:00:00+08:00');
    expect(nextDeadline(DEADLINES, 'IN_PROGRESS', later)?.phase).toBe('IMPLEMENTATION');
    expect(nextDeadline(DEADLINES, 'SUBMITTED_FOR_ASSESSMENT', NOW)?.phase).toBe('ASSESSMENT');
  });

  it('shows the passed deadline when nothing that matters lies ahead', () => {
    expect(nextDeadline(DEADLINES, 'NOMINATED', NOW)).toEqual(DEADLINES[0]);
  });

  it('has nothing to show in a final state', () => {
    expect(nextDeadline(DEADLINES, 'NAMED', NOW)).toBeUndefined();
    expect(nextDeadline(DEADLINES, 'WITHDRAWN', NOW)).toBeUndefined();
  });
});

describe('hasPassed', () => {
  it('believes the clock even before the server says so', () => {
    const provincial = DEADLINES[2]!;
    expect(hasPassed(provincial, NOW)).toBe(false);
    expect(hasPassed(provincial, Date.parse('2091-09-25T23:59:00+08:00'))).toBe(true);
  });
});
