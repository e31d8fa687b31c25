import { expectAccessible } from './support/a11y';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test, toast, uniqueDigits } from './support/fixtures';

/** A real 1×1 PNG: the server judges uploads by their content, and the browser must be able to show it. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test.describe('typical cases', () => {
  test.use({ storageState: storageStateOf('DISTRICT_ADMIN') });

  test('a district writes and submits a case with a photo, the city publishes it, the public page shows it', async ({
    page,
    browser,
  }) => {
    const { ownTownship } = fixtures();
    const title = `零工市场带动家门口就业 ${uniqueDigits(6)}`;
    let caseUrl = '';

    await test.step('the district admin writes the case', async () => {
      await page.goto('/cases');
      await expect(h1(page, '典型案例')).toBeVisible();
      await expectAccessible(page, 'typical case list');
      await page.getByRole('button', { name: /撰写典型案例/ }).click();
      await expect(h1(page, '新的典型案例')).toBeVisible();
      await page.getByRole('textbox', { name: '标题' }).fill(title);
      const township = page.getByRole('combobox', { name: '乡镇（街道）' });
      await township.click();
      await page.getByTitle(ownTownship.name).click();
      await page.getByRole('textbox', { name: '摘要' }).fill('每天开市，服务灵活就业人员。');
      await page
        .getByRole('textbox', { name: '正文' })
        .fill('## 做法\n\n在镇区设立零工市场，每天开市。');
      await expectAccessible(page, 'new typical case');
      await page.getByRole('button', { name: '保存' }).click();
      await expect(h1(page, title)).toBeVisible();
      caseUrl = new URL(page.url()).pathname;
      expect(caseUrl).toMatch(/^\/cases\/\d+$/);
    });

    await test.step('adds a photo and submits it to the city', async () => {
      await page.locator('input[type="file"]').setInputFiles({
        name: '零工市场.png',
        mimeType: 'image/png',
        buffer: PHOTO,
      });
      await expect(page.getByRole('img', { name: '零工市场.png 的缩略图' })).toBeVisible();
      await expectAccessible(page, 'typical case with a photo');
      await page.getByRole('button', { name: '报送市人社局' }).click();
      const dialog = page.getByRole('dialog', { name: '报送典型案例？' });
      await expect(dialog).toBeVisible();
      await expectAccessible(page, 'submit typical case dialog');
      await dialog.getByRole('button', { name: '报送市人社局' }).click();
      await expect(toast(page, '已报送')).toBeVisible();
      await expect(page.getByText('已报送', { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('textbox', { name: '标题' })).toHaveCount(0);
    });

    await test.step('the city admin publishes it', async () => {
      const context = await browser.newContext({ storageState: storageStateOf('CITY_ADMIN') });
      const city = await context.newPage();
      await city.goto(caseUrl);
      await expect(h1(city, title)).toBeVisible();
      await city.getByRole('button', { name: '发布' }).click();
      const dialog = city.getByRole('dialog', { name: '发布典型案例？' });
      await expect(dialog).toBeVisible();
      await expectAccessible(city, 'publish typical case dialog');
      await dialog.getByRole('button', { name: '发布' }).click();
      await expect(toast(city, '已发布')).toBeVisible();
      await expect(city.getByRole('button', { name: '撤回发布' })).toBeVisible();
      await context.close();
    });

    await test.step('anyone reads it on the public page without signing in', async () => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const visitor = await context.newPage();
      await visitor.goto('/public/cases');
      await expect(h1(visitor, '典型案例展示')).toBeVisible();
      await expectAccessible(visitor, 'public typical cases');
      await visitor.getByRole('link', { name: title }).click();
      await expect(h1(visitor, title)).toBeVisible();
      await expect(visitor.getByText('在镇区设立零工市场，每天开市。')).toBeVisible();
      await expect(visitor.getByRole('img', { name: '零工市场.png' })).toBeVisible();
      await expectAccessible(visitor, 'public typical case');
      await context.close();
    });
  });
});
