import { test as base, expect, type Page } from '@playwright/test';
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
