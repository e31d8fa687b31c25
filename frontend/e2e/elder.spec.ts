import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { ensureNomination, ensureRound, signInAs } from './support/rounds';

// This file's own round: nobody else nominates into 2057.
const YEAR = 2057;
const CARE_MODE_KEY = 'fumin.careMode';

async function roundWithNomination() {
  const admin = await signInAs('CITY_ADMIN');
  const round = await ensureRound(admin, { year: YEAR, name: 'E2E 2057年度适老化批次' });
  await admin.dispose();
  const district = await signInAs('DISTRICT_ADMIN');
  const nomination = await ensureNomination(district, round.id, fixtures().ownTownship);
  await district.dispose();
  return { round, nomination };
}

/** The three pages the mode is checked on, with a way to know each has loaded. */
function pagesOf(
  roundId: number,
  nominationId: number,
): [path: string, heading: string | RegExp][] {
  return [
    [`/?round=${String(roundId)}`, '概览'],
    [`/nominations?round=${String(roundId)}`, /.+/],
    [`/nominations/${String(nominationId)}`, fixtures().ownTownship.name],
  ];
}

async function waitForData(page: Page) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
}

/** Body text, paragraphs and table cells of the main area: none below `min` px. */
async function smallestTextPx(
  page: Page,
): Promise<{ body: number; smallest: number; where: string }> {
  return page.evaluate(() => {
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    const texts = Array.from(
      document.querySelectorAll('#main p, #main td, #main li, #main label, #main .ant-btn'),
    ).filter((e) => e.textContent.trim() !== '' && e.getClientRects().length > 0);
    let smallest = Infinity;
    let where = '';
    for (const e of texts) {
      if (size(e) < smallest) {
        smallest = size(e);
        where = e.outerHTML.slice(0, 120);
      }
    }
    return { body: size(document.body), smallest, where };
  });
}

/** Buttons and links of the header and the main area that are shorter than 44 px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'header .ant-btn, #main .ant-btn, #main a, #main-nav a',
      ),
    )
      .filter((e) => e.getClientRects().length > 0)
      .filter((e) => e.getBoundingClientRect().height < 43.5)
      .map((e) => `${e.outerHTML.slice(0, 80)} (${String(e.getBoundingClientRect().height)} px)`),
  );
}

test.describe('elder-friendly mode (长辈模式), a DISTRICT_ADMIN', () => {
  test.use({ storageState: storageStateOf('DISTRICT_ADMIN') });

  test('is switched on from the keyboard, sets large type and large targets, passes axe and survives a reload', async ({
    page,
  }) => {
    test.slow(); // three pages with axe on a shared two-core machine
    const { round, nomination } = await roundWithNomination();
    const pages = pagesOf(round.id, nomination.id);

    await page.goto(`/?round=${String(round.id)}`);
    await expect(h1(page, '概览')).toBeVisible();
    const toggle = page.getByRole('button', { name: '长辈模式', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-care-mode', 'on');

    for (const [path, heading] of pages) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await waitForData(page);
        const text = await smallestTextPx(page);
        expect.soft(text.body, `body text on ${path}`).toBeGreaterThanOrEqual(18);
        expect
          .soft(text.smallest, `smallest text on ${path}: ${text.where}`)
          .toBeGreaterThanOrEqual(16);
        expect.soft(await smallTargets(page), `targets under 44 px on ${path}`).toEqual([]);
        const h1Px = await page
          .getByRole('heading', { level: 1 })
          .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect.soft(h1Px, `the page heading on ${path}`).toBeGreaterThanOrEqual(24);
        await expectAccessible(page, `${path} in the elder-friendly mode`);
      });
    }

    await page.reload();
    await expect(page.getByRole('button', { name: '长辈模式', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveAttribute('data-care-mode', 'on');
    expect((await smallestTextPx(page)).body).toBeGreaterThanOrEqual(18);

    // And off again: the normal type comes back.
    await page.getByRole('button', { name: '长辈模式', exact: true }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-care-mode', 'on');
    expect((await smallestTextPx(page)).body).toBeLessThan(18);
  });

  // A 1440 px wide screen at 200 % browser zoom: 720 CSS pixels at two device pixels each.
  test.describe('at 200 % zoom (720 px wide)', () => {
    test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });

    test('no page scrolls sideways in the elder-friendly mode', async ({ page }) => {
      test.slow();
      const { round, nomination } = await roundWithNomination();
      await page.addInitScript((key) => {
        localStorage.setItem(key, 'on');
      }, CARE_MODE_KEY);
      for (const [path, heading] of pagesOf(round.id, nomination.id)) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await waitForData(page);
        await expect(page.locator('html')).toHaveAttribute('data-care-mode', 'on');
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          main: (() => {
            const main = document.getElementById('main');
            return main ? main.scrollWidth - main.clientWidth : 0;
          })(),
        }));
        expect.soft(overflow, `sideways overflow on ${path} (px)`).toEqual({ page: 0, main: 0 });
      }
    });
  });
});
