import { Alert, type AlertProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineTone, formatCountdown } from '../../../components/countdown';
import { formatShanghai } from '../../../components/format';
import { useNow } from '../../../components/useNow';
import type { Nomination } from '../../../lib/api/types';
import { useReopenings } from '../api/listReopenings';
import { hasPassed, nextDeadline } from './deadlines';

const ALERT_TYPES = { negative: 'error', warning: 'warning' } as const;

/**
 * The next deadline that matters for the nomination with a live countdown (Beijing time): blue
 * while comfortably ahead, orange under a week, red once passed; says so when it was reopened.
 * A named region rather than a live one: it is not read out every time the countdown moves.
 */
export function DeadlineBanner({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const deadline = nextDeadline(nomination.deadlines, nomination.state, now);
  const reopenings = useReopenings(nomination.roundId, deadline?.reopened === true);
  if (!deadline) return null;

  const passed = hasPassed(deadline, now);
  const tone = passed ? 'negative' : deadlineTone(deadline.deadline, now);
  const type: AlertProps['type'] =
    tone === 'negative' || tone === 'warning' ? ALERT_TYPES[tone] : 'info';
  const phase = t(`nominations.phase.${deadline.phase}`);
  const at = formatShanghai(deadline.deadline);
  // Newest first: the reopening in force is the first one for this township and phase.
  const reopening = reopenings.data?.find(
    (r) => r.townshipId === nomination.townshipId && r.phase === deadline.phase,
  );

  return (
    <Alert
      type={type}
      showIcon
      role="region"
      aria-label={t('nominations.deadlineBanner')}
      style={{ margin: '16px 0' }}
      title={t(passed ? 'nominations.deadlinePassedTitle' : 'nominations.deadlineTitle', {
        phase,
        at,
      })}
      description={
        <>
          <div>
            {passed
              ? t('nominations.deadlinePassedDetail')
              : formatCountdown(deadline.deadline, now, t)}
          </div>
          {deadline.reopened && (
            <div>
              {reopening
                ? t('nominations.reopenedBy', {
                    by: reopening.createdBy,
                    at: formatShanghai(reopening.createdAt),
                    reason: reopening.reason,
                  })
                : t('nominations.reopenedNote')}
            </div>
          )}
        </>
      }
    />
  );
}
