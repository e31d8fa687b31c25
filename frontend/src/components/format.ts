import dayjs from 'dayjs';

/** A server timestamp in the user's local time, minutes precision. */
export function formatDateTime(iso: string): string {
  const value = dayjs(iso);
  return value.isValid() ? value.format('YYYY-MM-DD HH:mm') : iso;
}
