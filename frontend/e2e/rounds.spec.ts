import { USERNAMES, storageStateOf } from './support/env';
import { chooseOption, expect, fixtures, h1, test, toast } from './support/fixtures';
import { ensureRound, signInAs } from './support/rounds';

// Years of their own (one round per year), so these rounds meet no other spec's.
const CREATED_YEAR = 2081;
const SCOPED_YEAR = 2082;

test.describe('a city admin', () => {
  test.use({ storageState: storageStateOf('CITY_ADMIN') });

  test('creates a round, opens it, overrides a quota and reopens a deadline for a township', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { guangling, ownTownship } = fixtures();
    const name = `${CREATED_YEAR}年度就业富民乡村振兴基地培育`;

    await page.goto('/rounds');
    await expect(h1(page, '培育批次')).toBeVisible();

    // Create: the year fills in the name and the plan's dates.
    await page.getByRole('button', { name: '新建培育批次' }).click();
    const dialog = page.getByRole('dialog', { name: '新建培育批次' });
    await dialog.getByRole('spinbutton', { name: '年度' }).fill(String(CREATED_YEAR));
    await dialog.getByRole('spinbutton', { name: '年度' }).press('Tab');
    await expect(dialog.getByRole('textbox', { name: '名称' })).toHaveValue(name);
    await expect(dialog.getByRole('textbox', { name: '部署阶段 开始时间' })).toHaveValue(
      `${CREATED_YEAR}-07-01 00:00`,
    );
    await expect(dialog.getByRole('textbox', { name: '省级遴选上报 结束时间' })).toHaveValue(
      `${CREATED_YEAR}-09-25 23:59`,
    );
    await expect(dialog.getByRole('spinbutton', { name: '每个县（市、区）申报名额' })).toHaveValue(
      '2',
    );
    await expect(dialog.getByRole('spinbutton', { name: '每个功能区申报名额' })).toHaveValue('1');
    await expect(dialog.getByRole('combobox', { name: '培育标准' })).toBeVisible();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(toast(page, `已新建培育批次“${name}”`)).toBeVisible();
    await expect(h1(page, name)).toBeVisible();
    await expect(page).toHaveURL(/\/rounds\/\d+$/);

    // The phases in Beijing time, each with its deadline.
    const timeline = page.getByRole('region', { name: '时间安排' });
    await expect(
      timeline.getByText(`${CREATED_YEAR}-07-01 00:00 至 ${CREATED_YEAR}-09-25 23:59`),
    ).toBeVisible();
    await expect(timeline.getByText(`截止时间：${CREATED_YEAR}-12-31 23:59`)).toBeVisible();

    // Open it, after confirming.
    const header = page.locator('.page-header');
    await expect(header.getByText('草稿')).toBeVisible();
    await header.getByRole('button', { name: '开放申报' }).click();
    const confirm = page.getByRole('dialog', { name: '开放培育批次' });
    await expect(confirm).toContainText(`确定要开放“${name}”吗？`);
    await confirm.getByRole('button', { name: '开放申报' }).click();
    await expect(toast(page, `“${name}”已开放申报`)).toBeVisible();
    await expect(header.getByText('进行中')).toBeVisible();
    await expect(header.getByRole('button', { name: '开放申报' })).toHaveCount(0);
    await expect(header.getByRole('button', { name: '开始考核验收' })).toBeVisible();

    // Override 广陵区's quota.
    const districts = page.getByRole('region', { name: '各县市区名额' });
    const guanglingRow = districts.getByRole('row', { name: /广陵区（321002）/ });
    await expect(guanglingRow).toContainText('已用 0 / 2');
    await guanglingRow.getByRole('button', { name: '调整名额 广陵区' }).click();
    const quota = page.getByRole('dialog', { name: '调整名额：广陵区' });
    await quota.getByRole('spinbutton', { name: '新名额' }).fill('3');
    await quota.getByRole('button', { name: '保存' }).click();
    await expect(toast(page, '广陵区的名额已调整为 3 个')).toBeVisible();
    await expect(guanglingRow).toContainText('已用 0 / 3');

    // Reopen the deployment deadline for the operator's township, with a reason.
    const reopenings = page.getByRole('region', { name: '截止时间重新开放记录' });
    await expect(reopenings.getByText('暂无重新开放记录')).toBeVisible();
    await reopenings.getByRole('button', { name: '重新开放截止时间' }).click();
    const reopen = page.getByRole('dialog', { name: '为乡镇重新开放截止时间' });
    await reopen.getByRole('button', { name: '保存' }).click();
    await expect(reopen.getByText('请填写重新开放的原因')).toBeVisible();
    await reopen.getByRole('combobox', { name: '乡镇' }).fill(ownTownship.name);
    await chooseOption(
      page,
      reopen.getByRole('combobox', { name: '乡镇' }),
      `${guangling.name} / ${ownTownship.name}（${ownTownship.code}）`,
    );
    await chooseOption(
      page,
      reopen.getByRole('combobox', { name: '阶段' }),
      `部署阶段（原截止 ${CREATED_YEAR}-07-31 23:59）`,
    );
    const until = reopen.getByRole('textbox', { name: '新的截止时间' });
    await until.click();
    await until.fill(`${CREATED_YEAR}-08-15 18:00`);
    await until.press('Enter');
    const reason = '汛期抢险，申报材料延误，经区人社局书面申请同意延期。';
    await reopen.getByRole('textbox', { name: '原因' }).fill(reason);
    await reopen.getByRole('button', { name: '保存' }).click();
    await expect(
      toast(page, `已为“${ownTownship.name}”重新开放部署阶段，截止至 ${CREATED_YEAR}-08-15 18:00`),
    ).toBeVisible();
    const row = reopenings.getByRole('row', { name: new RegExp(ownTownship.name) });
    await expect(row).toContainText('部署阶段');
    await expect(row).toContainText(`${CREATED_YEAR}-08-15 18:00`);
    await expect(row).toContainText(reason);
    await expect(row).toContainText(USERNAMES.CITY_ADMIN);

    // The list shows the round, open; the state filter lives in the URL.
    await page.goto('/rounds?state=OPEN');
    await expect(page.getByRole('search')).toContainText('进行中');
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('进行中');
    await page.goto('/rounds?state=CLOSED');
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  });
});

test('a district admin sees only their own district and no round actions', async ({ browser }) => {
  const { guangling, otherDistrict } = fixtures();
  const admin = await signInAs('CITY_ADMIN');
  const round = await ensureRound(admin, { year: SCOPED_YEAR });
  await admin.dispose();

  const context = await browser.newContext({ storageState: storageStateOf('DISTRICT_ADMIN') });
  const page = await context.newPage();
  await page.goto(`/rounds/${round.id}`);
  await expect(h1(page, round.name)).toBeVisible();
  const districts = page.getByRole('region', { name: '各县市区名额' });
  await expect(districts.getByRole('row', { name: new RegExp(guangling.name) })).toBeVisible();
  await expect(districts.getByRole('row', { name: new RegExp(otherDistrict.name) })).toHaveCount(0);
  await expect(page.locator('.page-header').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /调整/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '重新开放截止时间' })).toHaveCount(0);
  await context.close();
});
