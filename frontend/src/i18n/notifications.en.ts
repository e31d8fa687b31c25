import { term } from './glossary.en';
import type { Resources } from './resources';

const notifications: Resources['notifications'] = {
  title: 'Notifications',
  bell: {
    label: 'Notifications, none unread',
    labelUnread_one: 'Notifications, {{count}} unread',
    labelUnread_other: 'Notifications, {{count}} unread',
    panelTitle: 'Latest notifications',
    unreadCount_one: '{{count}} unread',
    unreadCount_other: '{{count}} unread',
    viewAll: 'View all notifications',
  },
  empty: 'No notifications',
  emptyUnread: 'No unread notifications',
  filterLabel: 'Filter by read status',
  filterAll: 'All notifications',
  filterUnread: 'Unread only',
  message: 'Message',
  receivedAt: 'Received',
  status: 'Status',
  read: 'Read',
  unread: 'Unread',
  markRead: 'Mark read',
  markReadItem: 'Mark read: the notification of {{time}}',
  markAllRead: 'Mark all read',
  markedAll_one: '{{count}} notification marked read',
  markedAll_other: '{{count}} notifications marked read',
  unreadSummary_one: 'You have {{count}} unread notification',
  unreadSummary_other: 'You have {{count}} unread notifications',
  kinds: {
    DEADLINE_APPROACHING: 'Deadline reminder',
    RETURNED_FOR_SUPPLEMENT: 'Returned for supplement',
    EVIDENCE_RETURNED: 'Evidence returned',
    NOMINATION_STATE_CHANGED: 'Status change',
  },
  text: {
    deadline: 'The {{phase}} phase for {{township}} closes at {{deadline}} (Beijing time).',
    deadlineAll: 'The {{phase}} phase closes at {{deadline}} (Beijing time).',
    deadlineSoon: 'A deadline for {{township}} is approaching.',
    daysLeft_one: '{{count}} day left.',
    daysLeft_other: '{{count}} days left.',
    closesToday: 'It closes today.',
    returned: 'The cultivation plan of {{township}} was returned for supplement.',
    evidenceReturned:
      'The evidence of {{township}} for indicator {{indicator}} was returned for supplement.',
    stateChanged: `The ${term.nomination} of {{township}} is now “{{state}}”.`,
    stateChangedUnknown: `The status of the ${term.nomination} of {{township}} has changed.`,
    sentences: '{{first}} {{second}}',
    reason: 'Reason: {{reason}}',
    someTownship: `a ${term.township}`,
  },
};

export default notifications;
