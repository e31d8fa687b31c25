import { storageStateOf } from './support/env';
import { dataRows, expect, fixtures, h1, test, toast, uniqueDigits } from './support/fixtures';

test.use({ storageState: storageStateOf('CITY_ADMIN') });

test('a city admin creates (with validation), edits and deletes a township', async ({ page }) => {
  const { guangling, ownTownship } = fixtures();
  const suffix = String(100 + (Number(uniqueDigits(3)) % 800));
  const code = `${guangling.code}${suffix}`;
  const name = `E2E测试镇${suffix}`;
  const renamed = `E2E改名镇${suffix}`;

  await page.goto('/townships');
  await expect(h1(page, '乡镇管理')).toBeVisible();
  await page.getByRole('button', { name: '新增乡镇' }).click();
  const dialog = page.getByRole('dialog', { name: '新增乡镇' });
  const district = dialog.getByRole('combobox', { name: '所属县市区' });
  await district.click();
  await district.fill('广陵');
  await district.press('Enter');
  await expect(dialog).toContainText(`广陵区（${guangling.code}）`);
  await dialog.getByLabel('名称').fill(name);

  // The code must lie inside the district's code.
  await dialog.getByLabel('行政区划代码').fill(`321003${suffix}`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText(`代码应以所属县市区代码 ${guangling.code} 开头`)).toBeVisible();

  // A code already in use: the server says so under the field, in Chinese.
  await dialog.getByLabel('行政区划代码').fill(ownTownship.code);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText(`乡镇代码“${ownTownship.code}”已被使用。`).first()).toBeVisible();

  await dialog.getByLabel('行政区划代码').fill(code);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(toast(page, `已新增乡镇“${name}”`)).toBeVisible();
  await expect(dialog).toBeHidden();

  // Edit.
  await page.goto(`/townships?q=${code}`);
  await page.getByRole('button', { name: `编辑 ${name}` }).click();
  const editDialog = page.getByRole('dialog', { name: `编辑乡镇：${name}` });
  await expect(editDialog.getByLabel('行政区划代码')).toHaveValue(code);
  await expect(editDialog.getByRole('combobox', { name: '所属县市区' })).toBeVisible();
  await expect(editDialog).toContainText(`广陵区（${guangling.code}）`);
  await editDialog.getByLabel('名称').fill(renamed);
  await editDialog.getByRole('button', { name: '保存' }).click();
  await expect(toast(page, `已保存乡镇“${renamed}”`)).toBeVisible();
  await expect(page.getByRole('link', { name: renamed })).toBeVisible();

  // Delete, after confirming.
  await page.getByRole('button', { name: `删除 ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: '确认删除' });
  await expect(confirm).toContainText(`确定要删除“${renamed}”吗？`);
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(toast(page, `已删除“${renamed}”`)).toBeVisible();
  await expect(page.getByText('没有符合条件的记录')).toBeVisible();
});

test('the township list filters by district from the URL', async ({ page }) => {
  const { guangling, otherDistrict, ownTownship, otherTownship } = fixtures();

  await page.goto(`/townships?districtId=${otherDistrict.id}`);
  await expect(h1(page, '乡镇管理')).toBeVisible();
  await expect(page.getByRole('search')).toContainText(
    `${otherDistrict.name}（${otherDistrict.code}）`,
  );
  await expect(page.getByRole('link', { name: otherTownship.name })).toBeVisible();
  await expect(page.getByRole('link', { name: ownTownship.name })).toHaveCount(0);
  for (const row of await dataRows(page).all()) {
    await expect(row.getByRole('link', { name: otherDistrict.name })).toBeVisible();
  }

  // Choosing another district in the filter writes the URL.
  const filter = page.getByRole('combobox', { name: '按所属县市区筛选' });
  await filter.click();
  await filter.fill('广陵');
  await filter.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]districtId=${guangling.id}(&|$)`));
  await expect(page.getByRole('link', { name: ownTownship.name })).toBeVisible();
  await expect(page.getByRole('link', { name: otherTownship.name })).toHaveCount(0);
});
