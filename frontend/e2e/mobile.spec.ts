import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { PASSWORD, USERNAMES, storageStateOf, type Role } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';
import { ensureNomination, ensureRound, signInAs } from './support/rounds';

// This file's own rounds, one per test: parallel tests opening one draft round would collide.
const YEARS = { TOWNSHIP_OPERATOR: 2073, DISTRICT_ADMIN: 2074, zoomed: 2075 } as const;
const PHONE = { width: 375, height: 812 };

/**
 * No page may be wider than the phone: nothing to scroll sideways, nothing cut off. A failure
 * names the outermost elements reaching past the right edge.
 */
async function expectNoSidewaysScroll(page: Page, what: string, limitPx = PHONE.width) {
  const { width, wide } = await page.evaluate((limit) => {
    const past = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter(
      (e) => e.getBoundingClientRect().right > limit + 0.5,
    );
    const outermost = past.filter((e) => !past.some((o) => o !== e && o.contains(e)));
    return {
      width: document.documentElement.scrollWidth,
      wide: outermost.slice(0, 6).map((e) => {
        const cls = typeof e.className === 'string' ? e.className.split(/\s+/).join('.') : '';
        return `${e.tagName.toLowerCase()}.${cls} → ${String(Math.round(e.getBoundingClientRect().right))}`;
      }),
    };
  }, limitPx);
  expect
    .soft(width, `${what} is ${String(width)} px wide: ${wide.join('; ')}`)
    .toBeLessThanOrEqual(limitPx);
}

async function roundWithNomination(year: number) {
  const admin = await signInAs('CITY_ADMIN');
  const round = await ensureRound(admin, { year, name: `E2E ${String(year)}年度手机批次` });
  await admin.dispose();
  const district = await signInAs('DISTRICT_ADMIN');
  const nomination = await ensureNomination(district, round.id, fixtures().ownTownship);
  await district.dispose();
  return { round, nomination };
}

for (const role of ['TOWNSHIP_OPERATOR', 'DISTRICT_ADMIN'] as const satisfies readonly Role[]) {
  test.describe(`at 375 px, a ${role}`, () => {
    test.use({ storageState: storageStateOf(role), viewport: PHONE });

    test('uses every page without sideways scrolling, and axe finds nothing serious', async ({
      page,
    }) => {
      test.slow(); // a dozen pages with axe on a shared two-core machine
      const { ownTownship, guangling } = fixtures();
      const { round, nomination } = await roundWithNomination(YEARS[role]);
      const pages: (readonly [string, string | RegExp])[] = [
        [`/?round=${String(round.id)}`, '概览'],
        ['/rounds', '培育批次'],
        [`/rounds/${String(round.id)}`, round.name],
        ['/frameworks', '培育标准'],
        [`/frameworks/${String(round.frameworkId)}`, /第 \d+ 版/],
        [`/nominations?round=${String(round.id)}`, '创建对象'],
        // the nomination's page holds its plan
        [`/nominations/${String(nomination.id)}`, ownTownship.name],
        [`/nominations/${String(nomination.id)}/evidence`, `${ownTownship.name} · 佐证材料`],
        [`/nominations/${String(nomination.id)}/evidence/15`, /精准实施全民参保计划/],
        ...(role === 'DISTRICT_ADMIN'
          ? ([
              ['/evidence/review', '佐证材料审核'],
              ['/cases', '典型案例'],
            ] as const)
          : []),
        ['/districts', /县市区/],
        [`/districts/${String(guangling.id)}`, guangling.name],
        ['/townships', /乡镇/],
        [`/townships/${String(ownTownship.id)}`, ownTownship.name],
        ['/notifications', '消息通知'],
        ['/account', '我的账户'],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(h1(page, heading)).toBeVisible();
        // Let lazy parts (charts, tables) settle before measuring.
        await page.waitForLoadState('networkidle');
        await expectNoSidewaysScroll(page, path);
        await expectAccessible(page, `${path} at 375 px`);
      }
    });
  });
}

for (const role of ['TOWNSHIP_OPERATOR', 'DISTRICT_ADMIN'] as const satisfies readonly Role[]) {
  test.describe(`at 375 px, a ${role} signed in afresh`, () => {
    test.use({ viewport: PHONE });

    test('signs in, opens the navigation as a drawer over the page, navigates, switches language and signs out', async ({
      page,
    }) => {
      // A session of its own (signing out ends it), so the shared signed-in state stays valid.
      await page.goto('/notifications');
      await expect(h1(page, '用户登录')).toBeVisible();
      await expectNoSidewaysScroll(page, 'the sign-in page');
      await page.getByLabel('用户名').fill(USERNAMES[role]);
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(h1(page, '消息通知')).toBeVisible();
      const main = page.getByRole('main');
      const mainBox = await main.boundingBox();

      await page.getByRole('button', { name: '展开导航' }).click();
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByRole('navigation', { name: '主导航' })).toBeVisible();
      // Over the content, not beside it: the page keeps its width.
      expect((await main.boundingBox())?.width).toBe(mainBox?.width);
      await expectNoSidewaysScroll(page, 'the open drawer');
      await drawer.getByRole('link', { name: '创建对象' }).click();
      await expect(h1(page, '创建对象')).toBeVisible();
      await expect(page.getByRole('dialog')).toBeHidden();

      const header = page.getByRole('banner');
      for (const control of [
        header.getByRole('button', { name: '退出登录' }),
        header.getByRole('radio', { name: 'English' }),
      ]) {
        const box = await control.boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      }
      await header.getByText('EN', { exact: true }).click();
      await expect(h1(page, 'Nominations')).toBeVisible();
      await header.getByText('中', { exact: true }).click();
      await expect(h1(page, '创建对象')).toBeVisible();

      await header.getByRole('button', { name: '退出登录' }).click();
      await expect(page).toHaveURL(/\/login/);
    });
  });
}

// A 1440 px wide screen at 200 % browser zoom: 720 CSS pixels at two device pixels each.
const ZOOMED = { width: 720, height: 450 };

test.describe('at 200 % zoom, a DISTRICT_ADMIN', () => {
  test.use({
    storageState: storageStateOf('DISTRICT_ADMIN'),
    viewport: ZOOMED,
    deviceScaleFactor: 2,
  });

  test('reads every list without sideways scrolling and reaches every page through the navigation', async ({
    page,
  }) => {
    test.slow();
    const { round } = await roundWithNomination(YEARS.zoomed);
    for (const [path, heading] of [
      [`/?round=${String(round.id)}`, '概览'],
      [`/nominations?round=${String(round.id)}`, '创建对象'],
      ['/townships', /乡镇/],
      ['/notifications', '消息通知'],
      ['/account', '我的账户'],
    ] as const) {
      await page.goto(path);
      await expect(h1(page, heading)).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll(page, `${path} at 200 %`, ZOOMED.width);
    }
    // The navigation opens over the page and every entry is reachable.
    await page.getByRole('button', { name: '展开导航' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: '创建对象' }).click();
    await expect(h1(page, '创建对象')).toBeVisible();
    await expect(page.getByRole('button', { name: '退出登录' })).toBeInViewport();
  });
});
