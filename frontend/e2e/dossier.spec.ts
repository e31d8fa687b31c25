import type { APIResponse } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expectOk, type ApiSession } from './support/api';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';
import {
  ensureNomination,
  ensureRound,
  shanghaiDate,
  signInAs,
  type E2eNomination,
} from './support/rounds';

// This file's own round: nobody else nominates into 2058.
const YEAR = 2058;
const PENSION = '15';
const PLAN_LINE = '建设零工市场，开展技能培训';
const ATTACHMENT = '参保统计表.pdf';
/** A small but well-formed PDF: the server judges uploads by their first bytes (%PDF-). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

async function send(
  session: ApiSession,
  method: 'PUT' | 'POST',
  url: string,
  data?: unknown,
  etag?: string,
): Promise<APIResponse> {
  const response = await session.context.fetch(url, {
    method,
    data,
    headers: {
      'X-CSRF-Token': session.me.csrfToken ?? '',
      'Idempotency-Key': crypto.randomUUID(),
      ...(etag && { 'If-Match': etag }),
    },
  });
  await expectOk(response, `${method} ${url}`);
  return response;
}

/**
 * The township's nomination in this file's round with an approved plan and indicator 15 saved
 * with a metric value and an attachment (made once; a rerun finds them).
 */
async function nominationWithPlanAndEvidence(): Promise<E2eNomination> {
  const { ownTownship } = fixtures();
  const admin = await signInAs('CITY_ADMIN');
  const district = await signInAs('DISTRICT_ADMIN');
  const township = await signInAs('TOWNSHIP_OPERATOR');
  try {
    const round = await ensureRound(admin, { year: YEAR, name: 'E2E 2058年度档案批次' });
    const nomination = await ensureNomination(district, round.id, ownTownship);
    const base = `/api/v1/nominations/${String(nomination.id)}`;
    if (nomination.state === 'NOMINATED') {
      const plan = await township.context.get(`${base}/plan`);
      await send(
        township,
        'PUT',
        `${base}/plan`,
        {
          content: `## 建设内容\n\n- ${PLAN_LINE}`,
          responsiblePerson: '李站长',
          contactPhone: '0514-87000000',
          milestones: [
            {
              dueOn: shanghaiDate(30),
              deliverable: '零工市场挂牌运营',
              status: 'PLANNED',
              completionNote: null,
            },
          ],
        },
        plan.headers().etag ?? '"0"',
      );
      await send(township, 'POST', `${base}/submit-plan`);
      await send(district, 'POST', `${base}/approve-plan`);
    }
    const item15 = `${base}/evidence/${PENSION}`;
    const item = await township.get<{ revision: number; metrics: { metricId: number }[] }>(item15);
    if (item.revision === 0) {
      const current = await township.context.get(item15);
      await send(
        township,
        'PUT',
        item15,
        {
          selfAssessment: 'MET',
          statement: '参保率 96.5%。',
          narrative: '## 参保扩面\n\n- 入户宣传 3 次',
          metricValues: [{ metricId: item.metrics[0]?.metricId, value: 96.5 }],
        },
        current.headers().etag ?? '"0"',
      );
      const upload = await township.context.post(`${item15}/attachments`, {
        multipart: { file: { name: ATTACHMENT, mimeType: 'application/pdf', buffer: PDF } },
        headers: {
          'X-CSRF-Token': township.me.csrfToken ?? '',
          'Idempotency-Key': crypto.randomUUID(),
        },
      });
      await expectOk(upload, 'upload the attachment');
    }
    return nomination;
  } finally {
    await Promise.all([admin.dispose(), district.dispose(), township.dispose()]);
  }
}

test.describe('a township dossier, for a DISTRICT_ADMIN', () => {
  test.use({ storageState: storageStateOf('DISTRICT_ADMIN') });

  test('is opened from the nomination page, shows the plan, the evidence and the verdict, and prints without the navigation', async ({
    page,
  }) => {
    test.slow(); // data made through the API, axe, a print emulation on a shared machine
    const nomination = await nominationWithPlanAndEvidence();
    const { ownTownship } = fixtures();

    await page.goto(`/nominations/${String(nomination.id)}`);
    await expect(h1(page, ownTownship.name)).toBeVisible();
    await page.getByRole('link', { name: '打印档案' }).click();
    await expect(h1(page, `${ownTownship.name} 培育档案`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/nominations/${String(nomination.id)}/dossier$`));

    const basics = page.getByRole('region', { name: '基本信息' });
    await expect(basics.getByText(ownTownship.name, { exact: false }).first()).toBeVisible();
    await expect(basics.getByText(fixtures().guangling.name)).toBeVisible();
    await expect(basics.getByText(/2058 年度/)).toBeVisible();

    const plan = page.getByRole('region', { name: '培育方案' });
    await expect(plan.getByText(/已通过的方案：第 \d+ 版/)).toBeVisible();
    await expect(plan.getByText(PLAN_LINE)).toBeVisible();
    // The plan's "## 建设内容" continues the outline under the section's h3, no smaller than the text.
    const planHeading = plan.getByRole('heading', { level: 4, name: '建设内容' });
    await expect(planHeading).toBeVisible();
    const [headingPx, textPx] = await Promise.all([
      planHeading.evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
      plan.getByText(PLAN_LINE).evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
    ]);
    expect(headingPx).toBeGreaterThanOrEqual(textPx);
    // Every heading of the page follows the one before by at most one level.
    const levels = await page
      .locator('#main :is(h1, h2, h3, h4, h5, h6)')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    expect(levels.filter((l, i) => i > 0 && l > (levels[i - 1] ?? 0) + 1)).toEqual([]);

    const evidence = page.getByRole('region', { name: '佐证材料' });
    const pension = evidence
      .getByRole('table', { name: '考核指标' })
      .getByRole('row', { name: /精准实施全民参保计划/ });
    await expect(pension.getByText(/96\.5\s*%（要求 >= 95\s*%）/)).toBeVisible();
    await expect(pension.getByText('达到', { exact: true })).toBeVisible();
    await expect(pension.getByText(ATTACHMENT)).toBeVisible();

    await expect(
      page.getByRole('region', { name: '考核结论' }).getByText('考核结论尚未公布。'),
    ).toBeVisible();
    await expectAccessible(page, 'the dossier');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
    await expect(plan.getByText(PLAN_LINE)).toBeVisible();
    // Black on white: the text and the page behind it.
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.dossier h1') ?? document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    // Each section after the first starts a new sheet.
    const breaks = await page
      .locator('.dossier-section')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page']);
  });
});
