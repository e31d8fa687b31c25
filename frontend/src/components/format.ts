import dayjs from 'dayjs';

/** A server timestamp in the user's local time, minutes precision. */
export function formatDateTime(iso: string): string {
  const value = dayjs(iso);
  return value.isValid() ? value.format('YYYY-MM-DD HH:mm') : iso;
}

/** Beijing time, in which deadlines and expiries are set (Asia/Shanghai has no daylight saving). */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** A wall-clock date and time picked by the user, read as Beijing time, in ISO-8601. */
export function shanghaiIso(wallClock: dayjs.Dayjs): string {
  return `${wallClock.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** A server timestamp as Beijing wall-clock time, minutes precision. */
export function formatShanghai(iso: string): string {
  const value = dayjs(iso);
  if (!value.isValid()) return iso;
  const shifted = value.add(SHANGHAI_OFFSET_MINUTES - value.utcOffset(), 'minute');
  return shifted.format('YYYY-MM-DD HH:mm');
}

/**
 * A server timestamp as the wall-clock value a date picker shows for it in Beijing time: the
 * inverse of shanghaiIso, so an edit form starts from what the server has.
 */
export function shanghaiWallClock(iso: string): dayjs.Dayjs {
  return dayjs(formatShanghai(iso).replace(' ', 'T'));
}
