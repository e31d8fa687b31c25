import type { APIResponse } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expectOk, type ApiSession } from './support/api';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test, toast, uniqueDigits } from './support/fixtures';
import {
  ensureNomination,
  ensureRound,
  shanghaiDate,
  signInAs,
  type E2eNomination,
  type E2eRound,
} from './support/rounds';

// This file's own round: nobody else nominates into 2097.
const YEAR = 2097;
const PENSION = '15';
const PENSION_TITLE = '精准实施全民参保计划';
const NAMING_DOCUMENT = '扬人社发〔2026〕88号';
const JUSTIFICATION = '参保率差距在统计口径误差范围内，经现场复核，同意命名。';

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

/** The current ETag of a resource, for If-Match. */
async function etagOf(session: ApiSession, url: string): Promise<string> {
  const response = await session.context.get(url);
  await expectOk(response, `GET ${url}`);
  return response.headers().etag ?? '"0"';
}

interface Item {
  state: string;
  metrics: { metricId: number }[];
}

/**
 * A nomination forwarded for assessment in a round under assessment, whose indicator 15 has
 * accepted evidence of 93.1 % (short of ≥ 95 %): the township writes the plan and the evidence,
 * the district approves both and forwards it, the assessor accepts the evidence, the city admin
 * starts the assessment.
 */
async function nominationUnderAssessment(): Promise<{
  round: E2eRound;
  nomination: E2eNomination;
}> {
  const { ownTownship } = fixtures();
  const admin = await signInAs('CITY_ADMIN');
  let round = await ensureRound(admin, { year: YEAR });
  const district = await signInAs('DISTRICT_ADMIN');
  const township = await signInAs('TOWNSHIP_OPERATOR');
  const assessor = await signInAs('CITY_ASSESSOR');
  try {
    const nomination = await ensureNomination(district, round.id, ownTownship);
    const base = `/api/v1/nominations/${String(nomination.id)}`;
    if (nomination.state === 'NOMINATED') {
      const plan = await township.context.get(`${base}/plan`);
      await send(
        township,
        'PUT',
        `${base}/plan`,
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
      await send(township, 'POST', `${base}/submit-plan`);
      await send(district, 'POST', `${base}/approve-plan`);
    }
    const item = await township.get<Item>(`${base}/evidence/${PENSION}`);
    if (item.state === 'DRAFT') {
      const current = await township.context.get(`${base}/evidence/${PENSION}`);
      await send(
        township,
        'PUT',
        `${base}/evidence/${PENSION}`,
        {
          selfAssessment: 'PARTLY_MET',
          statement: '参保率 93.1%。',
          narrative: '## 参保扩面\n\n- 入户宣传 3 次',
          metricValues: [{ metricId: item.metrics[0]?.metricId, value: 93.1 }],
        },
        current.headers().etag ?? '"0"',
      );
      // Each review step sends the item's current version.
      const item15 = `${base}/evidence/${PENSION}`;
      await send(township, 'POST', `${item15}/submit`, undefined, await etagOf(township, item15));
      await send(district, 'POST', `${item15}/approve`, undefined, await etagOf(district, item15));
      await send(assessor, 'POST', `${item15}/accept`, undefined, await etagOf(assessor, item15));
    }
    let current = await district.get<E2eNomination>(base);
    if (current.state === 'IN_PROGRESS') {
      await send(district, 'POST', `${base}/submit-for-assessment`);
      current = await district.get<E2eNomination>(base);
    }
    if (round.state === 'OPEN') {
      round = await admin.postOk<E2eRound>(`/api/v1/rounds/${String(round.id)}/start-assessment`);
    }
    expect(current.state).toBe('SUBMITTED_FOR_ASSESSMENT');
    return { round, nomination: current };
  } finally {
    await Promise.all([
      admin.dispose(),
      district.dispose(),
      township.dispose(),
      assessor.dispose(),
    ]);
  }
}

/** A typical case of the round's year, written and submitted by the district, published by the city. */
async function publishedCase(roundId: number): Promise<string> {
  const { ownTownship } = fixtures();
  const title = `参保扩面入户宣传 ${uniqueDigits(6)}`;
  const district = await signInAs('DISTRICT_ADMIN');
  const admin = await signInAs('CITY_ADMIN');
  try {
    const created = await district.postOk<{ id: number }>('/api/v1/cases', {
      townshipId: ownTownship.id,
      roundId,
      title,
      summary: '入户宣传带动参保扩面。',
      body: '## 做法\n\n逐户宣传参保政策。',
    });
    await district.postOk(`/api/v1/cases/${String(created.id)}/submit`);
    await admin.postOk(`/api/v1/cases/${String(created.id)}/publish`);
    return title;
  } finally {
    await Promise.all([district.dispose(), admin.dispose()]);
  }
}

test.describe('year-end assessment', () => {
  test.use({ storageState: storageStateOf('CITY_ASSESSOR') });

  test('an assessor judges indicator 15 short of its threshold; the city admin overrides the proposal, names the township and publishes; the public page lists it', async ({
    page,
    browser,
  }) => {
    // Three people, six pages on a shared two-core machine.
    test.setTimeout(300_000);
    const { ownTownship } = fixtures();
    const { round, nomination } = await nominationUnderAssessment();
    const name = ownTownship.name;

    await test.step('the assessor finds the township in the queue', async () => {
      await page.goto(`/assessment?roundId=${String(round.id)}`);
      await expect(h1(page, '考核验收')).toBeVisible();
      await expect(page.getByRole('link', { name: `评审 ${name}` })).toBeVisible();
      await expectAccessible(page, 'assessment queue');
      await page.getByRole('link', { name: `评审 ${name}` }).click();
      await expect(h1(page, `${name} · 考核验收`)).toBeVisible();
    });

    await test.step('indicator 15: the check is NOT_MET by threshold, prefilled; the assessor keeps it', async () => {
      await page
        .getByRole('navigation', { name: '指标列表' })
        .getByRole('link', { name: new RegExp(PENSION_TITLE) })
        .click();
      const evidence = page.getByRole('region', { name: '已采纳的佐证材料' });
      await expect(evidence.getByText('系统核验：未达标')).toBeVisible();
      await expect(evidence.getByText('基本养老保险参保率 93.1 % < 95 %')).toBeVisible();
      const form = page.getByRole('region', { name: '评审意见' });
      await expect(form.getByRole('radio', { name: '未达到' })).toBeChecked();
      await expect(form.getByRole('textbox', { name: '评审说明' })).toHaveValue(
        /基本养老保险参保率 93\.1 % < 95 %/,
      );
      await expectAccessible(page, 'judgement page');
      await form.getByRole('button', { name: '保存评审意见' }).click();
      await expect(toast(page, `已保存“${PENSION} ${PENSION_TITLE}”的评审意见`)).toBeVisible();
    });

    const admin = await browser.newContext({ storageState: storageStateOf('CITY_ADMIN') });
    const adminPage = await admin.newPage();

    await test.step('the city admin sees the proposal with its reason and overrides it, naming the township', async () => {
      await adminPage.goto(`/assessment/${String(nomination.id)}/verdict`);
      await expect(h1(adminPage, `${name} · 考核验收结论`)).toBeVisible();
      const proposal = adminPage.getByRole('region', { name: '系统建议结论' });
      await expect(proposal.getByText('建议不予命名')).toBeVisible();
      await expect(proposal.getByText(/15 精准实施全民参保计划：.*93\.1/)).toBeVisible();
      // antd's button-style radios hide their inputs; a person clicks the option's label
      const named = adminPage.getByRole('radio', { name: '命名为基地' });
      await adminPage.locator('label').filter({ has: named }).click();
      await expect(named).toBeChecked();
      await adminPage.getByRole('textbox', { name: '与系统建议不同的理由' }).fill(JUSTIFICATION);
      const number = adminPage.getByRole('textbox', { name: '命名文号' });
      await number.fill('扬人社发2026-88');
      await expect(adminPage.getByText(/文号格式不正确/)).toBeVisible();
      await number.fill(NAMING_DOCUMENT);
      const date = adminPage.getByRole('textbox', { name: '发文日期' });
      await date.fill(shanghaiDate(0));
      await date.press('Enter');
      await expectAccessible(adminPage, 'verdict page');
      await adminPage.getByRole('button', { name: '确认结论' }).click();
      // Enter in the date field only took the date: the click confirms, once
      const confirmed = toast(adminPage, `已确认“${name}”的结论`);
      await expect(confirmed).toBeVisible();
      await expect(adminPage.getByText('命名为基地 · 已确认，待发布').first()).toBeVisible();
      await expect(confirmed).toHaveCount(1);
    });

    await test.step('the admin publishes after a confirmation listing exactly that verdict', async () => {
      await adminPage.goto(`/assessment/publication?roundId=${String(round.id)}`);
      await expect(h1(adminPage, '结果发布')).toBeVisible();
      await adminPage.getByRole('checkbox', { name: `选择 ${name}` }).check();
      await adminPage.getByRole('button', { name: '发布所选（1）' }).click();
      const dialog = adminPage.getByRole('dialog', { name: '发布考核验收结果' });
      await expect(dialog.getByRole('listitem')).toHaveText([
        new RegExp(`${name}.*命名为基地 · ${NAMING_DOCUMENT}`),
      ]);
      await expectAccessible(adminPage, 'publication confirmation');
      await dialog.getByRole('button', { name: '发布 1 项' }).click();
      await expect(toast(adminPage, '已发布 1 项结论')).toBeVisible();
      await expect(
        adminPage.getByRole('region', { name: '已发布的结论' }).getByText(name),
      ).toBeVisible();
      await expectAccessible(adminPage, 'publication page');
    });
    await admin.close();

    const caseTitle = await publishedCase(round.id);

    await test.step('the public page lists the named base and the year’s typical cases, without signing in', async () => {
      const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const publicPage = await visitor.newPage();
      await publicPage.goto(`/public/results?year=${String(YEAR)}`);
      await expect(h1(publicPage, '就业富民乡村振兴基地名单公示')).toBeVisible();
      const named = publicPage.getByRole('region', { name: `${String(YEAR)} 年度命名的基地` });
      await expect(named.getByRole('cell', { name })).toBeVisible();
      await expect(named.getByRole('cell', { name: NAMING_DOCUMENT })).toBeVisible();
      const cases = publicPage.getByRole('region', { name: `${String(YEAR)} 年度发布的典型案例` });
      const link = cases.getByRole('link', { name: caseTitle });
      await expect(link).toBeVisible();
      await expect(cases.getByRole('row', { name: new RegExp(caseTitle) })).toContainText(name);
      await expectAccessible(publicPage, 'public results');
      await link.click();
      await expect(h1(publicPage, caseTitle)).toBeVisible();
      await visitor.close();
    });
  });
});
