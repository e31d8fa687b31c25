import { ROLES, storageStateOf } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';

const EVERYONE = ['概览', '县市区', '乡镇'];
/** Roles that may change neither districts nor townships: no "管理" in those titles. */
const READ_ONLY = ['CITY_ASSESSOR', 'TOWNSHIP_OPERATOR', 'VIEWER'];
const CITY_ADMIN_ONLY = ['用户管理', 'API 密钥', '审计日志'];

for (const role of ROLES) {
  test.describe(role, () => {
    test.use({ storageState: storageStateOf(role) });

    test(`${role} sees only its navigation`, async ({ page }) => {
      await page.goto('/');
      await expect(h1(page, '概览')).toBeVisible();
      const nav = page.getByRole('navigation', { name: '主导航' });
      for (const name of EVERYONE) {
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      }
      for (const name of CITY_ADMIN_ONLY) {
        const link = nav.getByRole('link', { name, exact: true });
        if (role === 'CITY_ADMIN') await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }
      if (READ_ONLY.includes(role)) {
        await page.goto('/districts');
        await expect(h1(page, '县市区')).toBeVisible();
        await page.goto('/townships');
        await expect(h1(page, '乡镇')).toBeVisible();
      }
      if (role !== 'CITY_ADMIN') {
        // Nor can the pages be reached by URL.
        await page.goto('/users');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(h1(page, '用户管理')).toHaveCount(0);
        await expect(page.getByRole('table')).toHaveCount(0);
      }
    });
  });
}

test.describe('a township operator', () => {
  test.use({ storageState: storageStateOf('TOWNSHIP_OPERATOR') });

  test('sees its own township but not another by URL', async ({ page }) => {
    const { ownTownship, otherTownship } = fixtures();
    await page.goto(`/townships/${ownTownship.id}`);
    await expect(h1(page, ownTownship.name)).toBeVisible();
    await expect(page.getByText(ownTownship.code)).toBeVisible();

    await page.goto(`/townships/${otherTownship.id}`);
    await expect(h1(page, '未找到该乡镇')).toBeVisible();
    await expect(page.getByText(otherTownship.name)).toHaveCount(0);
    await expect(page.getByText(otherTownship.code)).toHaveCount(0);

    await page.goto('/townships');
    await expect(page.getByRole('link', { name: ownTownship.name })).toBeVisible();
    await expect(page.getByRole('link', { name: otherTownship.name })).toHaveCount(0);
  });

  test("names its township's district on the account page", async ({ page }) => {
    await page.goto('/account');
    await expect(h1(page, '我的账户')).toBeVisible();
    await expect(page.getByText(fixtures().guangling.name, { exact: true })).toBeVisible();
  });
});

test.describe('a district admin', () => {
  test.use({ storageState: storageStateOf('DISTRICT_ADMIN') });

  test("cannot open another district's township by URL", async ({ page }) => {
    const { ownTownship, otherTownship } = fixtures();
    await page.goto(`/townships/${ownTownship.id}`);
    await expect(h1(page, ownTownship.name)).toBeVisible();
    await page.goto(`/townships/${otherTownship.id}`);
    await expect(h1(page, '未找到该乡镇')).toBeVisible();
    await expect(page.getByText(otherTownship.name)).toHaveCount(0);
  });
});
