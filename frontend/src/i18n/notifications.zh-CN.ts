import { term } from './glossary.zh-CN';

// The notifications feature's texts (zh-CN, the default); notifications.en.ts must have the same keys.
const notifications = {
  title: '消息通知',
  bell: {
    label: '消息通知，没有未读消息',
    labelUnread_one: '消息通知，{{count}} 条未读',
    labelUnread_other: '消息通知，{{count}} 条未读',
    panelTitle: '最新消息',
    unreadCount_one: '{{count}} 条未读',
    unreadCount_other: '{{count}} 条未读',
    viewAll: '查看全部消息',
  },
  empty: '暂无消息',
  emptyUnread: '没有未读消息',
  filterLabel: '按阅读状态筛选',
  filterAll: '全部消息',
  filterUnread: '仅看未读',
  message: '消息内容',
  receivedAt: '接收时间',
  status: '状态',
  read: '已读',
  unread: '未读',
  markRead: '标为已读',
  markReadItem: '将 {{time}} 的消息标为已读',
  markAllRead: '全部标为已读',
  markedAll_one: '已将 {{count}} 条消息标为已读',
  markedAll_other: '已将 {{count}} 条消息标为已读',
  unreadSummary_one: '您有 {{count}} 条未读消息',
  unreadSummary_other: '您有 {{count}} 条未读消息',
  kinds: {
    DEADLINE_APPROACHING: '截止提醒',
    RETURNED_FOR_SUPPLEMENT: '退回补充',
    NOMINATION_STATE_CHANGED: '状态变更',
  },
  text: {
    deadline: '{{township}}的“{{phase}}”阶段将于 {{deadline}}（北京时间）截止。',
    deadlineAll: '“{{phase}}”阶段将于 {{deadline}}（北京时间）截止。',
    deadlineSoon: '{{township}}有一项工作即将截止。',
    daysLeft_one: '还剩 {{count}} 天。',
    daysLeft_other: '还剩 {{count}} 天。',
    closesToday: '今天截止。',
    returned: '{{township}}的培育工作实施方案被退回补充。',
    stateChanged: '{{township}}的创建状态已变为“{{state}}”。',
    stateChangedUnknown: '{{township}}的创建状态已变更。',
    sentences: '{{first}}{{second}}',
    reason: '原因：{{reason}}',
    someTownship: `相关${term.township}`,
  },
};

export default notifications;
