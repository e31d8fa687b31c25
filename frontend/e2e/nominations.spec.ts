import type { Page } from '@playwright/test';
import { storageStateOf } from './support/env';
import { chooseOption, expect, fixtures, h1, test, toast } from './support/fixtures';
import { ensureRound, nominate, signInAs } from './support/rounds';
import { ensureTownship } from './support/townships';

// This file's own round: nobody else nominates into 2091, so the quota counts start at zero.
const YEAR = 2091;

test.describe('a district admin', () => {
  test.use({ storageState: storageStateOf('DISTRICT_ADMIN') });

  test('nominates townships up to the quota and is refused beyond it', async ({
    page,
    browser,
  }) => {
    const { guangling } = fixtures();
    const admin = await signInAs('CITY_ADMIN');
    const round = await ensureRound(admin, { year: YEAR, quotaCountyLevel: 2 });
    const towns = [];
    for (const n of [1, 2, 3]) {
      towns.push(await ensureTownship(admin, `32100291${n}`, `E2E提名镇${n}`, guangling.id));
    }
    await admin.dispose();
    const [first, second, third] = towns as [
      (typeof towns)[0],
      (typeof towns)[0],
      (typeof towns)[0],
    ];

    await page.goto(`/nominations?round=${round.id}`);
    await expect(h1(page, '创建对象')).toBeVisible();
    const meter = page.getByRole('progressbar', { name: `${guangling.name} 名额使用情况` });
    await expect(meter).toHaveAttribute('aria-valuetext', '已用 0 / 2');

    await test.step('the first place is taken through the page', async () => {
      const dialog = await openNominate(page);
      await pickTownship(page, dialog, `${first.name}（${first.code}）`);
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(toast(page, `已申报“${first.name}”`)).toBeVisible();
      await expect(dialog).toBeHidden();
      await expect(meter).toHaveAttribute('aria-valuetext', '已用 1 / 2');
      await expect(page.getByRole('link', { name: first.name, exact: true })).toBeVisible();
    });

    await test.step('the last place goes elsewhere while the dialog is open: the server refuses', async () => {
      const dialog = await openNominate(page);
      // The nominated township is no longer offered.
      await dialog.getByRole('combobox', { name: '乡镇（街道）' }).click();
      await expect(page.getByTitle(`${first.name}（${first.code}）`)).toHaveCount(0);
      await page.keyboard.press('Escape');
      await pickTownship(page, dialog, `${second.name}（${second.code}）`);

      // Someone else in the district takes the last place meanwhile.
      const colleague = await signInAs('DISTRICT_ADMIN');
      await nominate(colleague, round.id, third.id);
      await colleague.dispose();

      const refused = page.waitForResponse(
        (r) =>
          r.request().method() === 'POST' && r.url().endsWith(`/rounds/${round.id}/nominations`),
      );
      await dialog.getByRole('button', { name: '保存' }).click();
      const response = await refused;
      expect(response.status()).toBe(409);
      const problem = (await response.json()) as { type: string; title: string; detail?: string };
      expect(problem.type).toBe('urn:fumin:problem:quota-exhausted');
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(problem.title);
      if (problem.detail) await expect(alert).toContainText(problem.detail);
      await dialog.getByRole('button', { name: '取消' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('a full quota disables nominating and says why', async () => {
      await expect(meter).toHaveAttribute('aria-valuetext', '已用 2 / 2');
      await expect(page.getByRole('button', { name: '申报乡镇' })).toBeDisabled();
      await expect(
        page.getByText('本批次的 2 个申报名额已用完。撤回已有创建对象后可再申报。'),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: third.name, exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: second.name, exact: true })).toHaveCount(0);
    });

    await test.step('the city sees the district’s places used', async () => {
      const context = await browser.newContext({ storageState: storageStateOf('CITY_ADMIN') });
      const city = await context.newPage();
      await city.goto(`/nominations?round=${round.id}&districtId=${guangling.id}`);
      const overview = city.getByRole('region', { name: '各县（市、区）名额与省级候选推荐情况' });
      const row = overview.getByRole('row').filter({ hasText: guangling.name });
      await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '已用 2 / 2');
      await expect(city.getByRole('link', { name: first.name, exact: true })).toBeVisible();
      await expect(city.getByRole('button', { name: '申报乡镇' })).toHaveCount(0);
      await context.close();
    });
  });
});

async function openNominate(page: Page) {
  await page.getByRole('button', { name: '申报乡镇' }).click();
  const dialog = page.getByRole('dialog', { name: '申报乡镇（街道）' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function pickTownship(page: Page, dialog: ReturnType<Page['getByRole']>, option: string) {
  await chooseOption(page, dialog.getByRole('combobox', { name: '乡镇（街道）' }), option);
}
