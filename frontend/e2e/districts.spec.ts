import { ApiSession } from './support/api';
import { PASSWORD, USERNAMES, storageStateOf } from './support/env';
import { dataRows, expect, h1, test, toast, uniqueDigits } from './support/fixtures';

test.use({ storageState: storageStateOf('CITY_ADMIN') });

test('a city admin creates (with validation), edits and deletes a district', async ({ page }) => {
  const suffix = uniqueDigits(4);
  const code = `39${suffix}`;
  const name = `E2E测试区${suffix}`;
  const renamed = `E2E改名区${suffix}`;

  await page.goto('/districts');
  await expect(h1(page, '县市区管理')).toBeVisible();

  // Create: the client checks the code's form, the server its uniqueness (in its own words).
  await page.getByRole('button', { name: '新增县市区' }).click();
  const dialog = page.getByRole('dialog', { name: '新增县市区' });
  await dialog.getByLabel('行政区划代码').fill('32100');
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('radio', { name: '功能区' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('行政区划代码应为 6 位数字')).toBeVisible();

  await dialog.getByLabel('行政区划代码').fill('321002');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('行政区划代码“321002”已被使用。').first()).toBeVisible();

  await dialog.getByLabel('行政区划代码').fill(code);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(toast(page, `已新增县市区“${name}”`)).toBeVisible();
  await expect(dialog).toBeHidden();

  // Edit.
  await page.getByRole('searchbox', { name: '按名称或代码搜索县市区' }).fill(code);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${code}`));
  await page.getByRole('button', { name: `编辑 ${name}` }).click();
  const editDialog = page.getByRole('dialog', { name: `编辑县市区：${name}` });
  await expect(editDialog.getByLabel('行政区划代码')).toHaveValue(code);
  await editDialog.getByLabel('名称').fill(renamed);
  await editDialog.getByRole('button', { name: '保存' }).click();
  await expect(toast(page, `已保存县市区“${renamed}”`)).toBeVisible();
  await expect(page.getByRole('link', { name: renamed })).toBeVisible();

  // Delete, after confirming.
  await page.goto(`/districts?q=${code}`);
  await page.getByRole('button', { name: `删除 ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: '确认删除' });
  await expect(confirm).toContainText(`确定要删除“${renamed}”吗？`);
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(toast(page, `已删除“${renamed}”`)).toBeVisible();
  await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
  await expect(page.getByText('没有符合条件的记录')).toBeVisible();
});

test('district filters, paging and sorting live in the URL', async ({ page }) => {
  const suffix = uniqueDigits(4);
  const zone = `E2E筛选区${suffix}`;
  const api = await ApiSession.signIn(USERNAMES.CITY_ADMIN, PASSWORD);
  if (!api) throw new Error('admin sign-in failed');
  // 9 seeded districts + these three: more than one page of 10.
  await api.postOk('/api/v1/districts', {
    code: `37${suffix}`,
    name: zone,
    kind: 'FUNCTIONAL_ZONE',
  });
  for (const extra of ['1', '2']) {
    await api.postOk('/api/v1/districts', {
      code: `38${suffix.slice(0, 3)}${extra}`,
      name: `E2E分页区${suffix}-${extra}`,
      kind: 'COUNTY_LEVEL',
    });
  }
  await api.dispose();

  // Loaded directly, the URL's filters apply and show in the controls.
  await page.goto(`/districts?q=${encodeURIComponent('E2E筛选区')}&kind=FUNCTIONAL_ZONE`);
  await expect(h1(page, '县市区管理')).toBeVisible();
  const search = page.getByRole('searchbox', { name: '按名称或代码搜索县市区' });
  await expect(search).toHaveValue('E2E筛选区');
  await expect(page.getByRole('search')).toContainText('功能区');
  await expect(page.getByRole('link', { name: zone })).toBeVisible();
  for (const row of await dataRows(page).all()) {
    await expect(row).toContainText('E2E筛选区');
    await expect(row).toContainText('功能区');
  }
  await expect(page.getByRole('link', { name: '广陵区' })).toHaveCount(0);

  await page.goto(`/districts?q=${encodeURIComponent(zone)}&kind=COUNTY_LEVEL`);
  await expect(page.getByText('没有符合条件的记录')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/districts$/);
  await expect(page.getByRole('link', { name: '广陵区' })).toBeVisible();

  // Paging and sorting write the URL; Back steps through it.
  await page.goto('/districts?size=10&sort=code');
  await expect(dataRows(page)).toHaveCount(10);
  await expect(dataRows(page).first()).toContainText('321002');
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page).toHaveURL(/[?&]size=10(&|$)/);
  await expect(dataRows(page).first()).not.toContainText('321002');

  await page.getByRole('columnheader', { name: '名称' }).click();
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await page.getByRole('columnheader', { name: '名称' }).click();
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
});
