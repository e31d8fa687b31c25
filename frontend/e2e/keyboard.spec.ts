import type { Page } from '@playwright/test';
import { storageStateOf } from './support/env';
import { expect, h1, test, toast, uniqueDigits } from './support/fixtures';
import { expectFocusVisible, tabTo } from './support/keyboard';

test.use({ storageState: storageStateOf('CITY_ADMIN') });

/** Transitions would make the focused and unfocused looks compare equal mid-animation. */
async function stopTransitions(page: Page) {
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; }',
  });
}

test('a district can be created with the keyboard alone, the focus always visible', async ({
  page,
}) => {
  const suffix = uniqueDigits(4);
  const code = `36${suffix}`;
  const name = `E2E键盘区${suffix}`;

  await page.goto('/districts');
  await expect(h1(page, '县市区管理')).toBeVisible();
  await stopTransitions(page);

  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const create = page.getByRole('button', { name: '新增县市区' });
  await tabTo(page, create);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: '新增县市区' });
  await expect(dialog).toBeVisible();
  const codeInput = dialog.getByLabel('行政区划代码');
  await tabTo(page, codeInput, 10);
  await expectFocusVisible(page);
  await page.keyboard.type(code);

  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('名称')).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type(name);

  await page.keyboard.press('Tab');
  const firstKind = dialog.getByRole('radio', { name: '县（市、区）' });
  await expect(firstKind).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const zone = dialog.getByRole('radio', { name: '功能区' });
  await expect(zone).toBeFocused();
  await expect(zone).toBeChecked();
  await expectFocusVisible(page);

  const save = dialog.getByRole('button', { name: '保存' });
  await tabTo(page, save, 5);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');

  await expect(toast(page, `已新增县市区“${name}”`)).toBeVisible();
  await expect(dialog).toBeHidden();
  // The focus goes back to where the dialog was opened from.
  await expect(create).toBeFocused();

  // Find it again with the keyboard: the search box, then the new row's link.
  const search = page.getByRole('searchbox', { name: '按名称或代码搜索县市区' });
  await tabTo(page, search);
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${code}`));
  const link = page.getByRole('link', { name });
  await tabTo(page, link, 15);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(h1(page, name)).toBeVisible();
});
