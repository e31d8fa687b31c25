import type { TFunction } from 'i18next';
import type { StatusTone } from './StatusTag';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Under a week left, a deadline asks for attention. */
export const DEADLINE_WARNING_MS = 7 * DAY;

/** "还剩 3 天 4 小时", "还剩 5 小时 12 分钟", "还剩 12 分钟" or "已截止". */
export function formatCountdown(deadline: string, now: number, t: TFunction): string {
  const left = Date.parse(deadline) - now;
  if (Number.isNaN(left)) return '';
  if (left <= 0) return t('countdown.passed');
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.max(1, Math.ceil((left % HOUR) / MINUTE));
  if (days > 0) return t('countdown.daysHours', { days, hours });
  if (hours > 0) return t('countdown.hoursMinutes', { hours, minutes: Math.min(minutes, 59) });
  return t('countdown.minutes', { minutes });
}

/** How urgent a deadline looks: passed, under a week, or comfortably ahead. */
export function deadlineTone(deadline: string, now: number): StatusTone {
  const left = Date.parse(deadline) - now;
  if (left <= 0) return 'negative';
  return left < DEADLINE_WARNING_MS ? 'warning' : 'info';
}
