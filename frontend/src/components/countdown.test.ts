import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { deadlineTone, formatCountdown } from './countdown';
import { formatShanghai, shanghaiIso, shanghaiWallClock } from './format';

const DEADLINE = '2023-09-25T23:59:00+08:00';
const at = (iso: string) => Date.parse(iso);

describe('formatCountdown', () => {
  const t = i18n.t.bind(i18n);

  it('counts days and hours, then hours and minutes, then minutes, then says it has passed', () => {
    expect(formatCountdown(DEADLINE, at('2023-09-22T19:00:00+08:00'), t)).toBe('还剩 3 天 4 小时');
    expect(formatCountdown(DEADLINE, at('2023-09-25T18:47:00+08:00'), t)).toBe(
      '还剩 5 小时 12 分钟',
    );
    expect(formatCountdown(DEADLINE, at('2023-09-25T23:47:00+08:00'), t)).toBe('还剩 12 分钟');
    expect(formatCountdown(DEADLINE, at('2023-09-25T23:59:00+08:00'), t)).toBe('已截止');
  });

  it('is orange under a week and red once passed', () => {
    expect(deadlineTone(DEADLINE, at('2023-09-01T00:00:00+08:00'))).toBe('info');
    expect(deadlineTone(DEADLINE, at('2023-09-20T00:00:00+08:00'))).toBe('warning');
    expect(deadlineTone(DEADLINE, at('2023-09-26T00:00:00+08:00'))).toBe('negative');
  });
});

describe('Beijing wall-clock time', () => {
  it('turns a server time into the picker value that writes it back unchanged', () => {
    const fromUtc = '2023-09-25T15:59:00Z';
    const wallClock = shanghaiWallClock(fromUtc);
    expect(wallClock.format('YYYY-MM-DD HH:mm')).toBe('2023-09-25 23:59');
    expect(shanghaiIso(wallClock)).toBe('2023-09-25T23:59:00+08:00');
    expect(formatShanghai(shanghaiIso(wallClock))).toBe('2023-09-25 23:59');
  });
});
