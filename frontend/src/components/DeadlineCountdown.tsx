import { useTranslation } from 'react-i18next';
import { deadlineTone, formatCountdown } from './countdown';
import { StatusTag } from './StatusTag';
import { useNow } from './useNow';

/**
 * The time left until a deadline as a tag, renewed every minute; red once passed, orange under a
 * week. Not a live region: a screen reader reads it when it gets there, not every minute.
 */
export function DeadlineCountdown({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <StatusTag tone={deadlineTone(deadline, now)}>{formatCountdown(deadline, now, t)}</StatusTag>
  );
}
