import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import type { ApiSession } from './support/api';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test, toast } from './support/fixtures';
import {
  ensureNomination,
  ensureRound,
  shanghaiDate,
  signInAs,
  type E2eNomination,
} from './support/rounds';

// This file's own round: nobody else nominates the operator's township into 2096.
const YEAR = 2096;
const PHONE = { width: 375, height: 812 };
const REASON = '缺少参保人员名册，请补充乡镇社保所盖章的名册。';

/** A small but well-formed PDF: the server judges uploads by their first bytes (%PDF-). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

async function send(
  session: ApiSession,
  method: 'PUT' | 'POST',
  url: string,
  data: unknown,
  etag?: string,
) {
  const response = await session.context.fetch(url, {
    method,
    data,
    headers: {
      'X-CSRF-Token': session.me.csrfToken ?? '',
      ...(etag && { 'If-Match': etag }),
    },
  });
  if (!response.ok())
    throw new Error(`${method} ${url}: ${String(response.status())} ${await response.text()}`);
  return response;
}

/**
 * The nomination with its plan approved (IN_PROGRESS), where evidence is written: the township
 * writes and submits the plan, the district approves it.
 */
async function nominationInProgress(): Promise<E2eNomination> {
  const { ownTownship } = fixtures();
  const admin = await signInAs('CITY_ADMIN');
  const round = await ensureRound(admin, { year: YEAR });
  await admin.dispose();
  const district = await signInAs('DISTRICT_ADMIN');
  const nomination = await ensureNomination(district, round.id, ownTownship);
  if (nomination.state === 'NOMINATED') {
    const township = await signInAs('TOWNSHIP_OPERATOR');
    const plan = await township.context.get(`/api/v1/nominations/${String(nomination.id)}/plan`);
    await send(
      township,
      'PUT',
      `/api/v1/nominations/${String(nomination.id)}/plan`,
      {
        content: '# 工作目标\n\n- 基本养老保险参保率达到 95% 以上',
        responsiblePerson: '李站长',
        contactPhone: '0514-87000000',
        milestones: [
          {
            dueOn: shanghaiDate(30),
            deliverable: '参保扩面入户宣传',
            status: 'PLANNED',
            completionNote: null,
          },
        ],
      },
      plan.headers().etag ?? '"0"',
    );
    await send(
      township,
      'POST',
      `/api/v1/nominations/${String(nomination.id)}/submit-plan`,
      undefined,
    );
    await township.dispose();
  }
  const current = await district.get<E2eNomination>(`/api/v1/nominations/${String(nomination.id)}`);
  if (current.state === 'PLAN_SUBMITTED') {
    await send(
      district,
      'POST',
      `/api/v1/nominations/${String(nomination.id)}/approve-plan`,
      undefined,
    );
  }
  const ready = await district.get<E2eNomination>(`/api/v1/nominations/${String(nomination.id)}`);
  await district.dispose();
  expect(ready.state).toBe('IN_PROGRESS');
  return ready;
}

/**
 * Nothing in the page's content is wider than the phone's screen. (The app shell's header is the
 * layout's own business and has its own phone test.)
 */
async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.getElementById('main')?.scrollWidth ?? Infinity);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

test.describe('evidence on a phone', () => {
  test.use({ storageState: storageStateOf('TOWNSHIP_OPERATOR'), viewport: PHONE });

  test('a township fills an indicator, uploads a PDF and submits; the district returns it with a reason; the township sees why', async ({
    page,
    browser,
  }) => {
    // Two people, five pages and an upload on a shared two-core machine.
    test.setTimeout(300_000);
    const { ownTownship } = fixtures();
    const nomination = await nominationInProgress();
    const workspace = `/nominations/${String(nomination.id)}/evidence`;

    await test.step('the workspace lists the indicators by category, one column', async () => {
      await page.goto(workspace);
      await expect(h1(page, `${ownTownship.name} · 佐证材料`)).toBeVisible();
      await expect(page.getByRole('region', { name: '完成情况' })).toContainText('未提交 17 项');
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, 'evidence workspace at 375 px');
    });

    await test.step('indicator 15: a rate of 94.9 % is shown as short of ≥ 95 % while typing', async () => {
      await page
        .getByRole('region', { name: '社会保障' })
        .getByRole('link', { name: /精准实施全民参保计划/ })
        .click();
      await expect(h1(page, '15 精准实施全民参保计划')).toBeVisible();
      await page.getByRole('radio', { name: '部分达到' }).check();
      await page.getByRole('textbox', { name: '自评说明' }).fill('参保率 94.9%，差 0.1 个百分点。');
      const rate = page.getByRole('spinbutton', { name: '基本养老保险参保率（%）' });
      await rate.fill('94.9');
      await expect(page.getByText('94.9 % < 95 % 未达标')).toBeVisible();
      await page.getByRole('textbox', { name: '工作情况' }).fill('## 参保扩面\n\n- 入户宣传 3 次');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(toast(page, '佐证材料已保存（第 1 版）')).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    await test.step('upload a PDF, see it listed', async () => {
      await page.locator('.evidence-attachments input[type="file"]').setInputFiles({
        name: '参保人员名册.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      const list = page.getByRole('list', { name: '附件列表' });
      await expect(list.getByText('参保人员名册.pdf')).toBeVisible();
      await expect(list.getByRole('link', { name: '下载 参保人员名册.pdf' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, 'evidence item with an attachment at 375 px');
    });

    await test.step('submit after confirming', async () => {
      await page.getByRole('button', { name: '提交审核' }).click();
      const confirm = page.getByRole('dialog', { name: '提交佐证材料' });
      await expectAccessible(page, 'submit evidence dialog');
      await confirm.getByRole('button', { name: '提交审核' }).click();
      await expect(toast(page, '已提交“15 精准实施全民参保计划”')).toBeVisible();
      await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);
    });

    await test.step('the district admin finds it in the queue and returns it with a reason', async () => {
      const context = await browser.newContext({ storageState: storageStateOf('DISTRICT_ADMIN') });
      const district = await context.newPage();
      await district.goto(`/evidence/review?roundId=${String(nomination.roundId)}&state=SUBMITTED`);
      await expect(h1(district, '佐证材料审核')).toBeVisible();
      const open = district.getByRole('link', {
        name: `查看 ${ownTownship.name} 的 15 精准实施全民参保计划`,
      });
      await expect(open).toBeVisible();
      await expectAccessible(district, 'evidence review queue');
      await open.click();
      await expect(h1(district, '15 精准实施全民参保计划')).toBeVisible();
      await expect(district.getByText('94.9 % < 95 % 未达标')).toBeVisible();
      await district.getByRole('button', { name: '退回补充' }).click();
      const dialog = district.getByRole('dialog', { name: '退回佐证材料' });
      await dialog.getByRole('textbox', { name: '退回原因' }).fill(REASON);
      await expectAccessible(district, 'return evidence dialog');
      await dialog.getByRole('button', { name: '退回补充' }).click();
      await expect(toast(district, '已退回“15 精准实施全民参保计划”')).toBeVisible();
      await context.close();
    });

    await test.step('the township sees the reason and may edit the item again', async () => {
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: '县市区已退回' });
      await expect(alert).toContainText(REASON);
      await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, 'returned evidence at 375 px');
      await page.goto(workspace);
      await expect(page.getByText(`退回原因：${REASON}`)).toBeVisible();
    });
  });
});
