import { describe, expect, it } from 'vitest';
import { defaultPhases, nextCycleYear } from './roundDefaults';

describe('the year a new round is for', () => {
  it('is this year until its deployment phase starts on 1 July, then next year', () => {
    expect(nextCycleYear('2026-03-15')).toBe(2026);
    expect(nextCycleYear('2026-06-30')).toBe(2026);
    expect(nextCycleYear('2026-07-01')).toBe(2027);
    expect(nextCycleYear('2026-12-01')).toBe(2027);
  });

  it('gives default phases that all lie ahead', () => {
    const today = '2026-12-01';
    const phases = defaultPhases(nextCycleYear(today));
    for (const [start] of Object.values(phases)) {
      expect(start.format('YYYY-MM-DD') > today).toBe(true);
    }
  });
});
