import { readFileSync } from 'node:fs';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test, uniqueDigits } from './support/fixtures';

test.use({ storageState: storageStateOf('CITY_ADMIN') });

test('a city admin fills in the template, sees a bad row reported, fixes it and imports the townships', async ({
  page,
}) => {
  const { guangling } = fixtures();
  const first = String(100 + (Number(uniqueDigits(3)) % 400));
  const second = String(Number(first) + 400);
  const codes = [`${guangling.code}${first}`, `${guangling.code}${second}`];
  const names = [`导入测试镇${first}`, `导入测试街道${second}`];

  await page.goto('/imports');
  await expect(h1(page, '批量导入')).toBeVisible();
  await page.getByRole('radio', { name: '乡镇' }).check();

  // The template: its header row names the columns in Chinese and English.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载乡镇的 CSV 模板' }).click();
  const template = readFileSync(await (await downloading).path(), 'utf8');
  const header = template.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  expect(header).toBe('行政区划代码/code,名称/name,所属县区代码/districtCode');

  // A file with one bad row (a code outside its district): checked, reported, nothing written.
  const upload = page.locator('input[type="file"]');
  const bad = `${header}\n${codes[0]},${names[0]},${guangling.code}\n321003${second},${names[1]},${guangling.code}\n`;
  await upload.setInputFiles({
    name: 'townships.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bad),
  });
  await expect(
    page.getByText('检查未通过：1 行有错误，未写入任何数据。请修改文件后重新上传。'),
  ).toBeVisible();
  const problem = page.getByRole('row').filter({ hasText: 'code-outside-district' });
  await expect(problem.getByRole('cell').first()).toHaveText('3');
  await expect(problem).toContainText(`乡镇代码必须以所属县（市、区）代码 ${guangling.code} 开头`);
  await expect(page.getByRole('button', { name: /^导入 \d+ 行$/ })).toHaveCount(0);

  // Fixed: the check passes, and the import runs once confirmed.
  const good = `${header}\n${codes[0]},${names[0]},${guangling.code}\n${codes[1]},${names[1]},${guangling.code}\n`;
  await upload.setInputFiles({
    name: 'townships.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(good),
  });
  await expect(page.getByText('检查通过：townships.csv 共 2 行，可以导入')).toBeVisible();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  const confirm = page.getByRole('dialog', { name: '确认导入' });
  await expect(confirm).toContainText('全部写入或全部不写入');
  await confirm.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByText('导入完成：新增 2，更新 0，未变 0')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: '导入记录' })
      .getByRole('row')
      .filter({ hasText: 'townships.csv' })
      .first(),
  ).toBeVisible();

  // The new townships are in the list.
  for (const [i, code] of codes.entries()) {
    await page.goto(`/townships?q=${code}`);
    await expect(h1(page, '乡镇管理')).toBeVisible();
    await expect(page.getByRole('link', { name: names[i] })).toBeVisible();
  }
});
