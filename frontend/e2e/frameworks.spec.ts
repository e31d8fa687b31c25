import { ApiSession } from './support/api';
import { PASSWORD, USERNAMES, storageStateOf } from './support/env';
import { expect, h1, test, toast, uniqueDigits } from './support/fixtures';

const SEEDED = '扬州市就业富民乡村振兴基地培育标准';

interface FrameworkSummary {
  id: number;
  name: string;
  edition: number;
  basedOnId: number | null;
}

/** The plan's edition as seeded (the one nothing was copied from). */
async function seededFramework(): Promise<FrameworkSummary> {
  const api = await ApiSession.signIn(USERNAMES.VIEWER, PASSWORD);
  if (!api) throw new Error('viewer sign-in failed');
  const all = await api.get<FrameworkSummary[]>('/api/v1/frameworks');
  await api.dispose();
  const seeded = all.find((f) => f.name === SEEDED && f.basedOnId === null && f.edition === 1);
  if (!seeded) throw new Error('The seeded framework is missing');
  return seeded;
}

test.describe('anyone signed in', () => {
  test.use({ storageState: storageStateOf('VIEWER') });

  test('reads the plan’s 17 standard indicators, 4 bonus items and indicator 15’s threshold', async ({
    page,
  }) => {
    const seeded = await seededFramework();
    await page.goto('/frameworks');
    await expect(h1(page, '培育标准')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(`${SEEDED}.*第 1 版`) }).first();
    await expect(row).toContainText('17');
    await expect(row).toContainText('4');
    await row.getByRole('link', { name: SEEDED }).click();

    await expect(h1(page, `${SEEDED} 第 1 版`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/frameworks/${seeded.id}$`));
    await expect(page.getByText('7 个类别，17 项标准指标，4 项加分项')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7);
    await expect(page.getByRole('heading', { level: 3, name: /^指标 \d+ / })).toHaveCount(17);
    await expect(page.getByRole('heading', { level: 3, name: /^加分项 B\d / })).toHaveCount(4);
    await expect(page.getByRole('heading', { level: 2, name: '7. 加分项' })).toBeVisible();

    const pension = page.getByRole('article', { name: '指标 15 精准实施全民参保计划' });
    await expect(pension).toContainText('基本养老保险参保率达95%以上');
    await expect(pension.getByText('基本养老保险参保率 ≥ 95 %')).toBeVisible();
    const commendation = page.getByRole('article', { name: '加分项 B1 省级以上表彰' });
    await expect(commendation).toContainText('有正式文号');
    // Nobody but a city admin is offered changes.
    await expect(page.getByRole('button', { name: /编辑指标/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '复制为新版本' })).toHaveCount(0);

    // The English UI shows the gloss.
    await page.getByText('English').click();
    await expect(
      page
        .getByRole('article', { name: /Indicator 15/ })
        .getByText('basic pension insurance participation rate ≥ 95 %'),
    ).toBeVisible();
    await expect(
      page
        .getByRole('article', { name: /Indicator 15/ })
        .getByText(/basic pension insurance participation rate of at least 95/),
    ).toBeVisible();
  });
});

test.describe('a city admin', () => {
  test.use({ storageState: storageStateOf('CITY_ADMIN') });

  test('copies the framework into a new edition and edits an indicator of the copy', async ({
    page,
  }) => {
    const seeded = await seededFramework();
    const name = `E2E培育标准${uniqueDigits(5)}`;

    await page.goto(`/frameworks/${seeded.id}`);
    await expect(h1(page, `${SEEDED} 第 1 版`)).toBeVisible();
    await page.getByRole('button', { name: '复制为新版本' }).click();
    const copy = page.getByRole('dialog', { name: /复制为新版本/ });
    await expect(copy.getByRole('textbox', { name: '新版本名称' })).toHaveValue(SEEDED);
    await copy.getByRole('textbox', { name: '新版本名称' }).fill(name);
    await copy.getByRole('button', { name: '保存' }).click();
    await expect(toast(page, `已创建“${name}”第 1 版`)).toBeVisible();
    await expect(h1(page, `${name} 第 1 版`)).toBeVisible();
    await expect(page.getByText('可修改')).toBeVisible();
    await expect(page.getByText('7 个类别，17 项标准指标，4 项加分项')).toBeVisible();

    // Edit indicator 15 of the copy: a stricter threshold and one more criterion.
    await page.getByRole('button', { name: '编辑指标 15' }).click();
    const edit = page.getByRole('dialog', { name: /编辑指标 15/ });
    await expect(edit.getByRole('textbox', { name: '指标名称（中文）' })).toHaveValue(
      '精准实施全民参保计划',
    );
    await edit.getByRole('spinbutton', { name: '阈值' }).fill('96');
    await edit.getByRole('button', { name: '添加考核要点' }).click();
    const criteria = edit.getByRole('textbox', { name: /考核要点 \d+$/ });
    await criteria.last().fill('建立城乡居民参保动态台账。');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(toast(page, '已保存指标 15')).toBeVisible();
    await expect(edit).toBeHidden();

    const pension = page.getByRole('article', { name: '指标 15 精准实施全民参保计划' });
    await expect(pension.getByText('基本养老保险参保率 ≥ 96 %')).toBeVisible();
    await expect(pension).toContainText('建立城乡居民参保动态台账。');

    // The edition it was copied from is unchanged, and lists the copy as based on it.
    await page.goto(`/frameworks/${seeded.id}`);
    await expect(
      page
        .getByRole('article', { name: '指标 15 精准实施全民参保计划' })
        .getByText('基本养老保险参保率 ≥ 95 %'),
    ).toBeVisible();
    await page.goto('/frameworks');
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(
      `${SEEDED} 第 1 版`,
    );
  });
});
