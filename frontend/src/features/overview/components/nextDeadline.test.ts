import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../lib/api/types';
import { nextDeadline } from './nextDeadline';

const phases: Phase[] = [
  {
    code: 'DEPLOYMENT',
    startsAt: '2093-07-01T00:00:00+08:00',
    endsAt: '2093-07-31T17:00:00+08:00',
  },
  {
    code: 'IMPLEMENTATION',
    startsAt: '2093-07-01T00:00:00+08:00',
    endsAt: '2093-10-31T17:00:00+08:00',
  },
  {
    code: 'PROVINCIAL_SELECTION',
    startsAt: '2093-09-01T00:00:00+08:00',
    endsAt: '2093-09-25T17:00:00+08:00',
  },
];

describe('nextDeadline', () => {
  it('is the soonest end still ahead, whatever the order of the phases', () => {
    expect(nextDeadline(phases, Date.parse('2093-07-10T00:00:00+08:00'))?.code).toBe('DEPLOYMENT');
    expect(nextDeadline(phases, Date.parse('2093-08-01T00:00:00+08:00'))?.code).toBe(
      'PROVINCIAL_SELECTION',
    );
    expect(nextDeadline(phases, Date.parse('2093-09-25T17:00:00+08:00'))?.code).toBe(
      'IMPLEMENTATION',
    );
  });

  it('is undefined once every phase has closed', () => {
    expect(nextDeadline(phases, Date.parse('2093-11-01T00:00:00+08:00'))).toBeUndefined();
    expect(nextDeadline([], Date.now())).toBeUndefined();
  });
});
