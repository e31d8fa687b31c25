import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FIXTURES_FILE, type Fixtures } from './env';

export { expect };

let cached: Fixtures | undefined;

/** What global setup made (districts, townships, users). */
export function fixtures(): Fixtures {
  cached ??= JSON.parse(readFileSync(FIXTURES_FILE, 'utf8')) as Fixtures;
  return cached;
}

export const test = base;

/** A unique-enough suffix for names and codes made by one test (digits only). */
export function uniqueDigits(length: number): string {
  const n = (Date.now() % 10 ** length) + Math.floor(Math.random() * 1000);
  return String(n % 10 ** length).padStart(length, '0');
}

/** The page's one level-1 heading. */
export function h1(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** The antd message toast (role=status/alert not guaranteed): its text. */
export function toast(page: Page, text: string | RegExp) {
  return page.locator('.ant-message').getByText(text);
}

/** Table body rows with data (not the header, not the "empty" placeholder). */
export function dataRows(page: Page) {
  return page.locator('.ant-table-tbody > tr.ant-table-row');
}

/**
 * Picks an option of an antd select by its title. A click that lands while the dropdown is still
 * animating open can be lost and leave the list covering the form, so the pick is retried until
 * the dropdown has closed.
 */
export async function chooseOption(page: Page, combobox: Locator, title: string): Promise<void> {
  await expect(async () => {
    const option = page.getByTitle(title);
    if (!(await option.isVisible())) {
      await combobox.click();
    }
    await option.click({ timeout: 5_000 });
    await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(
      0,
      {
        timeout: 5_000,
      },
    );
  }).toPass({ timeout: 60_000 });
}
