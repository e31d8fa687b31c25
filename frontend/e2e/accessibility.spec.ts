import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';
import { tabTo } from './support/keyboard';

// axe-core in the real browser on every page: no serious or critical violation is allowed.

test('sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(h1(page, '用户登录')).toBeVisible();
  await expectAccessible(page, '/login');
  // With the validation errors showing too.
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expectAccessible(page, '/login with errors');
});

test.describe('signed in as a city admin', () => {
  test.use({ storageState: storageStateOf('CITY_ADMIN') });

  const pages: { name: string; path: () => string; heading: () => string }[] = [
    { name: 'overview', path: () => '/', heading: () => '概览' },
    { name: 'district list', path: () => '/districts', heading: () => '县市区管理' },
    {
      name: 'district detail',
      path: () => `/districts/${fixtures().guangling.id}`,
      heading: () => fixtures().guangling.name,
    },
    { name: 'township list', path: () => '/townships', heading: () => '乡镇管理' },
    {
      name: 'township detail',
      path: () => `/townships/${fixtures().ownTownship.id}`,
      heading: () => fixtures().ownTownship.name,
    },
    { name: '404 page', path: () => '/no-such-page', heading: () => '页面不存在' },
    { name: 'missing record', path: () => '/districts/999999', heading: () => '未找到该县市区' },
  ];
  for (const p of pages) {
    test(p.name, async ({ page }) => {
      await page.goto(p.path());
      await expect(h1(page, p.heading())).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, p.path());
    });
  }

  // The identity pages, once the SPA has them (same names as the navigation).
  const identityPages = [
    { name: 'account', path: '/account', heading: '我的账户' },
    { name: 'users', path: '/users', heading: '用户管理' },
    { name: 'API keys', path: '/api-keys', heading: 'API 密钥' },
    { name: 'audit log', path: '/audit', heading: '审计日志' },
  ];
  for (const p of identityPages) {
    test(p.name, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      test.skip(
        (await h1(page, '页面不存在').count()) > 0,
        `${p.path} is not in the SPA yet`,
      );
      await expect(h1(page, p.heading)).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, p.path);
    });
  }

  test('district form and delete dialogs', async ({ page }) => {
    const { guangling } = fixtures();
    await page.goto('/districts');
    await waitForData(page);
    await page.getByRole('button', { name: '新增县市区' }).click();
    const create = page.getByRole('dialog', { name: '新增县市区' });
    await expect(create.getByLabel('行政区划代码')).toBeVisible();
    await expectAccessible(page, 'district create dialog');
    await create.getByRole('button', { name: '保存' }).click();
    await expect(create.getByText('请输入行政区划代码')).toBeVisible();
    await expectAccessible(page, 'district create dialog with errors');
    await create.getByRole('button', { name: '取消' }).click();
    await expect(create).toBeHidden();

    await page.getByRole('button', { name: `编辑 ${guangling.name}` }).click();
    const edit = page.getByRole('dialog', { name: `编辑县市区：${guangling.name}` });
    await expect(edit.getByLabel('行政区划代码')).toHaveValue(guangling.code);
    await expectAccessible(page, 'district edit dialog');
    await edit.getByRole('button', { name: '取消' }).click();
    await expect(edit).toBeHidden();

    await page.getByRole('button', { name: `删除 ${guangling.name}` }).click();
    const confirm = page.getByRole('dialog', { name: '确认删除' });
    await expect(confirm).toBeVisible();
    await expectAccessible(page, 'delete confirmation dialog');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm).toBeHidden();
  });

  test('township form dialog, with its district list open', async ({ page }) => {
    await page.goto('/townships');
    await waitForData(page);
    await page.getByRole('button', { name: '新增乡镇' }).click();
    const create = page.getByRole('dialog', { name: '新增乡镇' });
    await expect(create.getByLabel('行政区划代码')).toBeVisible();
    await expectAccessible(page, 'township create dialog');
    await create.getByRole('combobox', { name: '所属县市区' }).click();
    await expect(page.getByRole('listbox')).toBeAttached();
    await expectAccessible(page, 'township create dialog, district list open');
  });

  test('district list in English', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('fumin.language', 'en');
    });
    await page.goto('/districts');
    await expect(h1(page, 'Districts')).toBeVisible();
    await waitForData(page);
    await expectAccessible(page, '/districts (English)');
  });

  test.describe('at 200 % zoom (640 px wide)', () => {
    test.use({ viewport: { width: 640, height: 400 } });

    test('no horizontal scrolling, navigation reachable by keyboard', async ({ page }) => {
      const { guangling } = fixtures();
      for (const path of ['/', '/districts', `/districts/${guangling.id}`, '/townships']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await waitForData(page);
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          main: (() => {
            const main = document.getElementById('main');
            return main ? main.scrollWidth - main.clientWidth : 0;
          })(),
        }));
        expect(overflow, `horizontal overflow on ${path} (px)`).toEqual({ page: 0, main: 0 });
      }
      await expectAccessible(page, '/townships at 640 px');

      // The folded navigation opens from the keyboard and its links work.
      await page.goto('/districts');
      await expect(h1(page, '县市区管理')).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
      const toggle = page.getByRole('button', { name: '展开导航' });
      await tabTo(page, toggle, 5);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('Enter');
      const nav = page.getByRole('navigation', { name: '主导航' });
      const townships = nav.getByRole('link', { name: '乡镇管理' });
      await expect(townships).toBeVisible();
      await expect(nav.getByRole('link', { name: '县市区管理' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await tabTo(page, townships, 10);
      await page.keyboard.press('Enter');
      await expect(h1(page, '乡镇管理')).toBeVisible();
      await expect(page).toHaveURL(/\/townships$/);
    });
  });
});

/** Tables and statistics have loaded (no spinner left), so axe sees the real content. */
async function waitForData(page: Page) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
}
