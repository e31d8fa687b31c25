import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import type { Notification } from '../../../lib/api/types';
import { notificationTarget, wordNotification } from './notificationText';

function notification(overrides: Partial<Notification>): Notification {
  return {
    id: 1,
    kind: 'NOMINATION_STATE_CHANGED',
    read: false,
    createdAt: '2093-07-01T02:00:00Z',
    ...overrides,
  };
}

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en');

// 09:00 UTC is 17:00 in Beijing, whatever the time zone of the machine running the test.
const deadline = notification({
  kind: 'DEADLINE_APPROACHING',
  townshipName: '东关街道',
  phase: 'DEPLOYMENT',
  deadline: '2093-07-31T09:00:00Z',
  daysLeft: 3,
});

describe('wordNotification', () => {
  it('words a deadline reminder with the phase, the Beijing time and the days left', () => {
    expect(wordNotification(deadline, zh)).toEqual({
      message: '东关街道的“部署”阶段将于 2093-07-31 17:00（北京时间）截止。还剩 3 天。',
    });
    expect(wordNotification(deadline, en)).toEqual({
      message:
        'The Deployment phase for 东关街道 closes at 2093-07-31 17:00 (Beijing time). 3 days left.',
    });
  });

  it('says a deadline closes today, uses the singular for one day, and copes without a township', () => {
    expect(wordNotification({ ...deadline, daysLeft: 0 }, zh).message).toBe(
      '东关街道的“部署”阶段将于 2093-07-31 17:00（北京时间）截止。今天截止。',
    );
    expect(wordNotification({ ...deadline, daysLeft: 1 }, en).message).toMatch(/ 1 day left\.$/);
    expect(wordNotification({ ...deadline, townshipName: null, daysLeft: null }, en).message).toBe(
      'The Deployment phase closes at 2093-07-31 17:00 (Beijing time).',
    );
    expect(wordNotification({ ...deadline, deadline: null }, zh).message).toBe(
      '东关街道有一项工作即将截止。',
    );
  });

  it('words a plan returned for supplement, with the reason', () => {
    const returned = notification({
      kind: 'RETURNED_FOR_SUPPLEMENT',
      townshipName: '东关街道',
      reason: '时间节点不完整',
    });
    expect(wordNotification(returned, zh)).toEqual({
      message: '东关街道的培育工作实施方案被退回补充。',
      reason: '原因：时间节点不完整',
    });
    expect(wordNotification(returned, en)).toEqual({
      message: 'The cultivation plan of 东关街道 was returned for supplement.',
      reason: 'Reason: 时间节点不完整',
    });
  });

  it('words evidence returned for supplement with its indicator and the reason', () => {
    const returned = notification({
      kind: 'EVIDENCE_RETURNED',
      townshipName: '东关街道',
      indicatorCode: '15',
      reason: '缺少参保台账',
    });
    expect(wordNotification(returned, zh)).toEqual({
      message: '东关街道指标 15 的佐证材料被退回补充。',
      reason: '原因：缺少参保台账',
    });
    expect(wordNotification(returned, en)).toEqual({
      message: 'The evidence of 东关街道 for indicator 15 was returned for supplement.',
      reason: 'Reason: 缺少参保台账',
    });
  });

  it('words a state change by what led to it (an approved plan, a submission to the city)', () => {
    const changed = notification({ townshipName: '东关街道', state: 'IN_PROGRESS' });
    expect(wordNotification(changed, zh)).toEqual({
      message: '东关街道的培育工作实施方案已通过，进入培育实施。',
    });
    expect(wordNotification(changed, en)).toEqual({
      message: 'The cultivation plan of 东关街道 was approved; cultivation is under way.',
    });
    expect(wordNotification({ ...changed, state: 'SUBMITTED_FOR_ASSESSMENT' }, zh).message).toBe(
      '东关街道已提交考核验收，请组织评审。',
    );
    expect(wordNotification({ ...changed, state: undefined, townshipName: null }, zh)).toEqual({
      message: '相关乡镇的创建状态已变更。',
    });
  });
});

describe('a quota change', () => {
  it('says the district’s new quota', () => {
    const changed = notification({ kind: 'QUOTA_CHANGED', quota: 3, townshipName: null });
    expect(wordNotification(changed, zh).message).toBe('本区在该培育批次的申报名额已调整为 3 个。');
    expect(wordNotification(changed, en).message).toBe(
      'Your district’s quota in this round is now 3.',
    );
  });
});

describe('notificationTarget', () => {
  it('leads to the nomination, else the round, else nowhere', () => {
    expect(notificationTarget(notification({ nominationId: 7, roundId: 2 }))).toBe(
      '/nominations/7',
    );
    expect(notificationTarget(notification({ roundId: 2 }))).toBe('/rounds/2');
    expect(notificationTarget(notification({}))).toBeUndefined();
  });
});
