import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import path from 'node:path';
import { ApiSession, expectOk } from './support/api';
import { AUTH_DIR, PASSWORD } from './support/env';
import { expect, fixtures, h1, test, toast } from './support/fixtures';
import { ensureNomination, ensureRound, shanghaiDate, signInAs } from './support/rounds';
import { ensureTownship } from './support/townships';

// This file's own round, township and operator: other specs' nominations never notify this
// operator, so what the bell counts is this file's doing alone.
const YEAR = 2093;
const TOWNSHIP = { code: '321002993', name: 'E2E通知镇' };
const OPERATOR = 'e2e-notify-operator';
const OPERATOR_STATE = path.join(AUTH_DIR, `${OPERATOR}.json`);
const REASON = '请补充零工市场建设的时间节点';
const RETURNED = `${TOWNSHIP.name}的培育工作实施方案被退回补充。`;

interface Notification {
  id: number;
  kind: string;
  nominationId?: number | null;
  read: boolean;
}

let nominationId: number;
const contexts: BrowserContext[] = [];

test.describe('a township operator whose plan was returned', () => {
  // One setup, then the bell before the page: the second test finds what the first left read.
  test.describe.configure({ mode: 'serial' });
  test.afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  test.beforeAll(async () => {
    const admin = await signInAs('CITY_ADMIN');
    const round = await ensureRound(admin, { year: YEAR });
    const township = await ensureTownship(
      admin,
      TOWNSHIP.code,
      TOWNSHIP.name,
      fixtures().guangling.id,
    );
    const oneTime = await operatorPassword(admin, township.id);
    await admin.dispose();

    const firstSignIn = await ApiSession.signIn(OPERATOR, oneTime);
    if (!firstSignIn) throw new Error(`The one-time password of ${OPERATOR} was refused`);
    await firstSignIn.changePassword(oneTime, PASSWORD);
    await firstSignIn.dispose();
    const operator = await ApiSession.signIn(OPERATOR, PASSWORD);
    if (!operator) throw new Error(`${OPERATOR} cannot sign in`);
    await operator.saveState(OPERATOR_STATE);

    // The district nominates the township; the operator saves and submits a plan; the district
    // returns it with a reason, which notifies the township.
    const district = await signInAs('DISTRICT_ADMIN');
    const nomination = await ensureNomination(district, round.id, township);
    nominationId = nomination.id;
    await submitPlan(operator, nominationId);
    await expectOk(
      await district.post(`/api/v1/nominations/${nominationId}/return-plan`, { reason: REASON }),
      'return the plan',
    );
    await district.dispose();

    // Notifications may be written after the request that caused them: wait until it is there.
    await expect
      .poll(async () => (await unreadReturnNotification(operator)) !== undefined, {
        timeout: 20_000,
      })
      .toBe(true);
    await operator.dispose();
  });

  test('sees it in the bell, opens it from there, and it is read', async ({ browser }) => {
    const page = await operatorPage(browser);
    await page.goto('/');
    await expect(h1(page, '概览')).toBeVisible();
    const bell = page.getByRole('button', { name: /^消息通知，\d+ 条未读$/ });
    await expect(bell).toBeVisible();
    const unreadBefore = await unreadIn(bell);

    // Keyboard: Enter opens, Escape closes and gives focus back.
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: '最新消息' });
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(bell).toBeFocused();

    await bell.click();
    // The newest first: a re-run against the same backend may have left an older one.
    const link = panel.getByRole('link', { name: RETURNED }).first();
    await expect(link).toHaveAttribute('href', `/nominations/${nominationId}`);
    await expect(panel.getByText(`原因：${REASON}`).first()).toBeVisible();
    await link.click();

    await expect(h1(page, TOWNSHIP.name)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/nominations/${nominationId}$`));
    await expect(page.getByRole('button', { name: /^消息通知/ })).toHaveAccessibleName(
      unreadBefore > 1 ? `消息通知，${unreadBefore - 1} 条未读` : '消息通知，没有未读消息',
    );
  });

  test('finds it on the notifications page, filters unread, and marks all read', async ({
    browser,
  }) => {
    const page = await operatorPage(browser);
    await page.goto('/notifications');
    await expect(h1(page, '消息通知')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: RETURNED }).first();
    await expect(row.getByRole('link', { name: RETURNED })).toHaveAttribute(
      'href',
      `/nominations/${nominationId}`,
    );
    await expect(row.getByText(`原因：${REASON}`)).toBeVisible();

    await page.getByText('仅看未读', { exact: true }).click();
    await expect(page).toHaveURL(/\/notifications\?unread=true$/);

    const header = page.locator('.page-header');
    const markAll = header.getByRole('button', { name: '全部标为已读' });
    if (await markAll.isEnabled()) {
      await markAll.click();
      await expect(toast(page, /^已将 \d+ 条消息标为已读$/)).toBeVisible();
    }
    await expect(page.getByText('没有未读消息', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '消息通知，没有未读消息' })).toBeVisible();
    await expect(markAll).toBeDisabled();

    // Everything is still there once the filter is off, now read.
    await page.getByText('全部消息', { exact: true }).first().click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(row.getByText('已读', { exact: true })).toBeVisible();
  });
});

/**
 * A page signed in as this file's operator. Its cookies exist only once beforeAll has run, so they
 * cannot be the describe block's storageState (which the API sign-ins would also pick up).
 */
async function operatorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: OPERATOR_STATE });
  contexts.push(context);
  return context.newPage();
}

/** The operator's user, made for this file's township, or its password reset on a re-run. */
async function operatorPassword(admin: ApiSession, townshipId: number): Promise<string> {
  const response = await admin.post('/api/v1/users', {
    username: OPERATOR,
    displayName: '通知测试经办人',
    role: 'TOWNSHIP_OPERATOR',
    townshipId,
  });
  if (response.status() !== 409) {
    await expectOk(response, `create user ${OPERATOR}`);
    return ((await response.json()) as { initialPassword: string }).initialPassword;
  }
  const users = await admin.get<{ items: { id: number; username: string }[] }>(
    `/api/v1/users?q=${OPERATOR}`,
  );
  const user = users.items.find((u) => u.username === OPERATOR);
  if (!user) throw new Error(`${OPERATOR} exists but cannot be found`);
  const reset = await admin.postOk<{ initialPassword: string }>(
    `/api/v1/users/${user.id}/reset-password`,
  );
  return reset.initialPassword;
}

/** Saves a plan with one milestone (If-Match: the current plan's ETag) and submits it. */
async function submitPlan(operator: ApiSession, id: number): Promise<void> {
  const current = await operator.context.get(`/api/v1/nominations/${id}/plan`);
  await expectOk(current, 'read the plan');
  const saved = await operator.context.put(`/api/v1/nominations/${id}/plan`, {
    headers: {
      'If-Match': current.headers().etag ?? '"0"',
      'X-CSRF-Token': operator.me.csrfToken ?? '',
    },
    data: {
      content: '# 工作目标\n\n建设零工市场 1 个。',
      responsiblePerson: '王站长',
      contactPhone: '0514-87000001',
      milestones: [{ dueOn: shanghaiDate(20), deliverable: '零工市场挂牌', status: 'PLANNED' }],
    },
  });
  await expectOk(saved, 'save the plan');
  await operator.postOk(`/api/v1/nominations/${id}/submit-plan`);
}

async function unreadReturnNotification(operator: ApiSession): Promise<Notification | undefined> {
  const page = await operator.get<{ items: Notification[] }>(
    '/api/v1/notifications?unread=true&size=100',
  );
  return page.items.find(
    (n) => n.kind === 'RETURNED_FOR_SUPPLEMENT' && n.nominationId === nominationId && !n.read,
  );
}

/** The unread count a bell's accessible name gives. */
async function unreadIn(bell: Locator): Promise<number> {
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) 条未读/.exec(name)?.[1] ?? '0');
}
