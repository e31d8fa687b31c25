import { expectAccessible } from './support/a11y';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';
import { ensureNomination, ensureRound, signInAs } from './support/rounds';

/** The part of the dashboard's answer the checks below compare with the page. */
interface DashboardFigures {
  evidence: { standardTotal: number; submitted: number };
  townships: {
    townshipId: number;
    evidence?: { standardTotal: number; submitted: number; returned: number; missing: number };
  }[];
}

// This file's own rounds: two running at once, so neither may hide the other.
const FIRST_YEAR = 2071;
const SECOND_YEAR = 2072;

async function twoRunningRounds() {
  const { ownTownship } = fixtures();
  const admin = await signInAs('CITY_ADMIN');
  const first = await ensureRound(admin, { year: FIRST_YEAR, name: 'E2E 2071年度看板批次' });
  const second = await ensureRound(admin, { year: SECOND_YEAR, name: 'E2E 2072年度看板批次' });
  await admin.dispose();
  const district = await signInAs('DISTRICT_ADMIN');
  const nomination = await ensureNomination(district, first.id, ownTownship);
  await district.dispose();
  return { first, second, nomination };
}

test.describe('the city dashboard', () => {
  test.use({ storageState: storageStateOf('CITY_ADMIN') });

  test('shows a chosen running round with charts, table views and drill-downs; the choice carries to the nominations', async ({
    page,
  }) => {
    const { guangling, ownTownship } = fixtures();
    const { first, nomination } = await twoRunningRounds();

    await page.goto('/');
    await expect(h1(page, '概览')).toBeVisible();
    // Both running rounds are offered, whichever the server calls current.
    const running = page.getByRole('group', { name: /同时进行中的培育批次/ });
    await expect(running.getByRole('button', { name: first.name })).toBeVisible();
    await expect(running.getByRole('button', { name: 'E2E 2072年度看板批次' })).toBeVisible();
    await running.getByRole('button', { name: first.name }).click();
    await expect(page).toHaveURL(new RegExp(`round=${String(first.id)}`));

    const dashboard = page.getByRole('region', { name: '全市看板' });
    await expect(dashboard).toBeVisible();
    // The page's H1 is its largest heading; at 1440 px the signed-in name and role are not cut off.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(dashboard.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const look = await page.evaluate(() => {
      const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const h1 = document.querySelector('#main h1');
      const others = Array.from(document.querySelectorAll('#main :is(h2, h3, h4, h5, h6)'));
      const name = document.querySelector<HTMLElement>('.user-name');
      return {
        h1Largest: h1 !== null && others.every((h) => px(h) < px(h1)),
        nameCut: name === null || name.scrollWidth > name.clientWidth,
      };
    });
    expect(look).toEqual({ h1Largest: true, nameCut: false });
    // Charts are drawn (canvas), and hidden from assistive technology behind their text.
    await expect(dashboard.locator('canvas').first()).toBeVisible();
    const quota = page.getByRole('region', { name: '各县市区名额使用' });
    await expect(quota).toContainText(/个县市区共有名额 \d+ 个，已使用 \d+ 个/);

    await test.step('the quota table names each district and leads to it', async () => {
      // antd's Segmented hides its radio inputs; a person clicks the option's label
      await quota.getByText('表格', { exact: true }).click();
      const row = quota.getByRole('row', { name: new RegExp(guangling.name) });
      await expect(row).toBeVisible();
      await row.getByRole('link', { name: guangling.name }).click();
      await expect(page).toHaveURL(new RegExp(`/districts/${String(guangling.id)}$`));
      await page.goBack();
    });

    await test.step('the progress table leads to the township’s nomination', async () => {
      const progress = page.getByRole('region', { name: '实施方案里程碑进度' });
      await progress.getByText('表格', { exact: true }).click();
      await progress.getByRole('link', { name: ownTownship.name }).click();
      await expect(page).toHaveURL(new RegExp(`/nominations/${String(nomination.id)}$`));
    });

    await test.step('the nominations page opens on the round last chosen', async () => {
      await page.goto('/nominations');
      await expect(h1(page, '创建对象')).toBeVisible();
      await expect(page.getByRole('combobox', { name: '培育批次' })).toHaveValue(String(first.id));
    });

    await page.goto(`/?round=${String(first.id)}`);
    await expect(
      page.getByRole('region', { name: '全市看板' }).locator('canvas').first(),
    ).toBeVisible();
    await expectAccessible(page, 'city dashboard');
  });

  test('loads the charts library only where a dashboard is shown', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/districts');
    await expect(h1(page, '县市区管理')).toBeVisible();
    expect(scripts.filter((url) => /RoundDashboardView|EChart/.test(url))).toEqual([]);
  });
});

test.describe('the district dashboard', () => {
  test.use({ storageState: storageStateOf('DISTRICT_ADMIN') });

  test('shows the district’s own townships only', async ({ page }) => {
    const { ownTownship, otherTownship } = fixtures();
    const { first } = await twoRunningRounds();
    await page.goto(`/?round=${String(first.id)}`);
    const dashboard = page.getByRole('region', { name: '本县市区看板' });
    await expect(dashboard).toBeVisible();
    const progress = page.getByRole('region', { name: '实施方案里程碑进度' });
    await progress.getByText('表格', { exact: true }).click();
    await expect(progress.getByRole('link', { name: ownTownship.name })).toBeVisible();
    await expect(progress.getByText(otherTownship.name)).toHaveCount(0);
    await expect(page.getByRole('region', { name: '各县市区名额使用' })).toHaveCount(0);

    await test.step('evidence completeness matches the statistics call', async () => {
      const api = await signInAs('DISTRICT_ADMIN');
      const figures = await api.get<DashboardFigures>(
        `/api/v1/statistics/rounds/${String(first.id)}/dashboard`,
      );
      await api.dispose();
      const { evidence } = figures;
      const percent = Math.floor((evidence.submitted * 100) / evidence.standardTotal);
      await expect(page.locator('.stat-card').filter({ hasText: '佐证材料提交率' })).toContainText(
        `${String(percent)}%`,
      );
      const region = page.getByRole('region', { name: '佐证材料完成情况' });
      await expect(region).toContainText(
        `共需提交标准指标佐证材料 ${String(evidence.standardTotal)} 项，已提交 ${String(evidence.submitted)} 项（${String(percent)}%）`,
      );
      // the township's row: name, five steps (accepted … not submitted), then the percentage
      const own = figures.townships.find((t) => t.townshipId === ownTownship.id)?.evidence;
      if (!own) throw new Error('The statistics call has no evidence for the own township');
      await region.getByText('表格', { exact: true }).click();
      const cells = region
        .getByRole('row', { name: new RegExp(ownTownship.name) })
        .getByRole('cell');
      await expect(cells.nth(5)).toHaveText(String(own.missing - own.returned));
      await expect(cells.nth(6)).toHaveText(
        `${String(Math.floor((own.submitted * 100) / own.standardTotal))}%`,
      );
    });
    await expectAccessible(page, 'district dashboard');
  });
});

test.describe('the township home', () => {
  test.use({ storageState: storageStateOf('TOWNSHIP_OPERATOR') });

  test('says what is due next for the township’s nomination', async ({ page }) => {
    const { ownTownship } = fixtures();
    const { first, nomination } = await twoRunningRounds();
    await page.goto(`/?round=${String(first.id)}`);
    const card = page
      .locator('.panel')
      .filter({ has: page.getByRole('heading', { name: '待办事项' }) });
    await expect(card.getByRole('link', { name: ownTownship.name })).toHaveAttribute(
      'href',
      `/nominations/${String(nomination.id)}`,
    );
    await expect(card).toContainText('下一截止时间');
    await expect(card).toContainText('部署阶段');
    await expectAccessible(page, 'township home');
  });
});
