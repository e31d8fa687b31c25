import { storageStateOf } from './support/env';
import { expect, h1, test } from './support/fixtures';

test.use({ storageState: storageStateOf('CITY_ADMIN') });

test('switching to English changes the texts, survives a reload and switches back', async ({
  page,
}) => {
  await page.goto('/districts');
  await expect(h1(page, '县市区管理')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click();
  await expect(h1(page, 'Districts')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Townships' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveTitle(/^Districts - /);

  // The server answers in the UI's language too.
  await page.getByRole('button', { name: 'New district' }).click();
  const dialog = page.getByRole('dialog', { name: 'New district' });
  await dialog.getByLabel('Administrative code').fill('321002');
  await dialog.getByLabel('Name').fill('Duplicate');
  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByText('The administrative code "321002" is taken.').first(),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  await expect(h1(page, 'Districts')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Townships' })
    .click();
  await expect(h1(page, 'Townships')).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('中文').click();
  await expect(h1(page, '乡镇管理')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(h1(page, '乡镇管理')).toBeVisible();
});
