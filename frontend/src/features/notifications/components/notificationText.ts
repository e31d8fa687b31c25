import type { TFunction } from 'i18next';
import { formatShanghai } from '../../../components/format';
import type { Notification } from '../../../lib/api/types';

export interface NotificationWording {
  /** The message, in the UI language. */
  message: string;
  /** Why (a return or a decision), when the sender gave a reason. */
  reason?: string;
}

function deadlineMessage(n: Notification, t: TFunction): string {
  if (!n.phase || !n.deadline) {
    return t('notifications.text.deadlineSoon', {
      township: n.townshipName ?? t('notifications.text.someTownship'),
    });
  }
  // Phases and states are named as the nominations pages name them.
  const parts = {
    phase: t(`nominations.phase.${n.phase}`),
    deadline: formatShanghai(n.deadline),
  };
  const main = n.townshipName
    ? t('notifications.text.deadline', { ...parts, township: n.townshipName })
    : t('notifications.text.deadlineAll', parts);
  if (n.daysLeft === null || n.daysLeft === undefined) return main;
  const left =
    n.daysLeft === 0
      ? t('notifications.text.closesToday')
      : t('notifications.text.daysLeft', { count: n.daysLeft });
  return t('notifications.text.sentences', { first: main, second: left });
}

/**
 * Words a notification from its parts (kind, township, state, phase, deadline, days left, reason),
 * so it reads in the language the user has chosen, not the one it was sent in.
 */
export function wordNotification(n: Notification, t: TFunction): NotificationWording {
  const township = n.townshipName ?? t('notifications.text.someTownship');
  let message: string;
  switch (n.kind) {
    case 'DEADLINE_APPROACHING':
      message = deadlineMessage(n, t);
      break;
    case 'RETURNED_FOR_SUPPLEMENT':
      message = t('notifications.text.returned', { township });
      break;
    case 'EVIDENCE_RETURNED':
      message = t('notifications.text.evidenceReturned', {
        township,
        indicator: n.indicatorCode ?? '',
      });
      break;
    case 'NOMINATION_STATE_CHANGED':
      message = n.state
        ? t(`notifications.text.stateNow.${n.state}`, { township })
        : t('notifications.text.stateChangedUnknown', { township });
      break;
    case 'QUOTA_CHANGED':
      message = t('notifications.text.quotaChanged', { quota: n.quota ?? 0 });
      break;
    case 'CASE_SUBMITTED':
      message = t('notifications.text.caseSubmitted', { township, title: n.caseTitle ?? '' });
      break;
    case 'CASE_RETURNED':
      message = t('notifications.text.caseReturned', { title: n.caseTitle ?? '' });
      break;
    case 'CASE_PUBLISHED':
      message = t('notifications.text.casePublished', { title: n.caseTitle ?? '' });
      break;
    case 'CASE_WITHDRAWN':
      message = t('notifications.text.caseWithdrawn', { title: n.caseTitle ?? '' });
      break;
  }
  return n.reason
    ? { message, reason: t('notifications.text.reason', { reason: n.reason }) }
    : { message };
}

/** Where a notification leads: its typical case, else its nomination, else its round, else nowhere. */
export function notificationTarget(n: Notification): string | undefined {
  if (n.caseId) return `/cases/${n.caseId}`;
  if (n.nominationId) return `/nominations/${n.nominationId}`;
  if (n.roundId) return `/rounds/${n.roundId}`;
  return undefined;
}
