import type { Locator, Page } from '@playwright/test';
import { storageStateOf } from './support/env';
import { expect, fixtures, h1, test, toast } from './support/fixtures';
import { ensureNomination, ensureRound, shanghaiDate, signInAs } from './support/rounds';

// This file's own round: nobody else nominates the operator's township into 2092.
const YEAR = 2092;

test.describe('a township operator', () => {
  test.use({ storageState: storageStateOf('TOWNSHIP_OPERATOR') });

  test('writes a plan, submits it, has it approved, then changes it and has the change reviewed', async ({
    page,
    browser,
  }) => {
    // two people, five steps of the workflow: give it the slow tests' time
    test.slow();
    const { ownTownship } = fixtures();
    const admin = await signInAs('CITY_ADMIN');
    const round = await ensureRound(admin, { year: YEAR });
    await admin.dispose();
    const district = await signInAs('DISTRICT_ADMIN');
    const nomination = await ensureNomination(district, round.id, ownTownship);
    await district.dispose();

    await page.goto(`/nominations/${nomination.id}`);
    await expect(h1(page, ownTownship.name)).toBeVisible();
    await expect(page.getByRole('region', { name: '截止时间提醒' })).toContainText(
      '部署阶段截止时间',
    );
    await expect(page.getByText('已申报', { exact: true })).toBeVisible();

    await test.step('write the content and see it rendered', async () => {
      await page
        .getByRole('textbox', { name: '建设内容' })
        .fill(
          '# 工作目标\n\n- 建设零工市场 1 个\n- 开展技能培训 **200** 人次\n\n<b>不应出现的标签</b>',
        );
      await page.getByText('预览', { exact: true }).click();
      const preview = page.getByRole('region', { name: '建设内容预览' });
      await expect(preview.getByRole('heading', { level: 4, name: '工作目标' })).toBeVisible();
      await expect(preview.locator('strong')).toHaveText('200');
      await expect(preview.locator('b')).toHaveCount(0);
      await page.getByText('编辑', { exact: true }).click();
      await page.getByRole('textbox', { name: '责任人' }).fill('李站长');
      await page.getByRole('textbox', { name: '联系电话' }).fill('0514-87000000');
    });

    await test.step('add three milestones: one done, one late, one ahead', async () => {
      await addMilestone(page, 1, shanghaiDate(-10), '成立工作领导小组', '已完成', '已发文成立');
      await addMilestone(page, 2, shanghaiDate(-2), '零工市场选址', '进行中');
      await addMilestone(page, 3, shanghaiDate(30), '零工市场挂牌运营', '未开始');
    });

    await test.step('save, then see progress, the overdue milestone and the revision', async () => {
      await page.getByRole('button', { name: '保存方案' }).click();
      await expect(toast(page, '方案已保存（第 1 版）')).toBeVisible();
      const plan = page.getByRole('region', { name: '培育工作实施方案' });
      await expect(plan.getByText('已完成 1 / 3 个时间节点')).toBeVisible();
      await expect(plan.getByText('逾期 1 个')).toBeVisible();
      const timeline = plan.getByRole('list', { name: '时间节点时间轴' });
      const late = timeline.getByRole('listitem').filter({ hasText: '零工市场选址' });
      await expect(late.getByText('已逾期')).toBeVisible();
      await expect(plan.getByRole('button', { name: '查看第 1 版' })).toBeVisible();
      // The editor starts again from what was saved.
      await expect(page.getByRole('textbox', { name: '责任人' })).toHaveValue('李站长');
    });

    await test.step('submit the plan after confirming', async () => {
      await page.getByRole('button', { name: '提交方案' }).click();
      const confirm = page.getByRole('dialog', { name: '提交培育方案' });
      await expect(confirm).toContainText(`确定提交“${ownTownship.name}”的培育工作实施方案吗？`);
      await confirm.getByRole('button', { name: '提交方案' }).click();
      await expect(toast(page, `已提交“${ownTownship.name}”的培育方案`)).toBeVisible();
      await expect(page.getByText('方案已提交', { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: '提交方案' })).toHaveCount(0);
      // read-only until the district decides
      await expect(page.getByRole('button', { name: '保存方案' })).toHaveCount(0);
      await expect(page.getByText('方案已提交审核，审核通过或退回前不能修改。')).toBeVisible();
    });

    const districtContext = await browser.newContext({
      storageState: storageStateOf('DISTRICT_ADMIN'),
    });
    const reviewer = await districtContext.newPage();

    await test.step('the district reads the plan rendered and approves it', async () => {
      await reviewer.goto(`/nominations/${nomination.id}`);
      const panel = reviewer.getByRole('region', { name: '审核方案' });
      // the first page of a fresh browser context loads the whole app
      await expect(panel).toContainText('首次提交，尚无审核过的版本可供对比。', {
        timeout: 60_000,
      });
      await expect(panel.getByRole('heading', { level: 4, name: '工作目标' })).toBeVisible();
      await expect(reviewer.getByRole('textbox', { name: '建设内容' })).toHaveCount(0);
      await panel.getByRole('button', { name: '通过方案' }).click();
      const confirm = reviewer.getByRole('dialog', { name: '通过培育方案' });
      await confirm.getByRole('button', { name: '通过方案' }).click();
      await expect(toast(reviewer, `已通过“${ownTownship.name}”的培育方案`)).toBeVisible();
    });

    await test.step('the operator changes the approved plan and submits the change', async () => {
      await page.reload();
      await expect(page.getByText(/第 1 版为已通过的方案/)).toBeVisible();
      const content = page.getByRole('textbox', { name: '建设内容' });
      await content.fill(
        '# 工作目标\n\n- 建设零工市场 1 个和就业驿站 2 个\n- 开展技能培训 **200** 人次',
      );
      await page.getByRole('button', { name: '保存方案' }).click();
      await expect(toast(page, '方案已保存（第 2 版）')).toBeVisible();
      await expect(page.getByText(/已修改已通过的方案/)).toBeVisible();
      await page.getByRole('button', { name: '提交方案变更' }).click();
      const confirm = page.getByRole('dialog', { name: '提交培育方案变更' });
      await confirm.getByRole('button', { name: '提交方案变更' }).click();
      await expect(toast(page, `已提交“${ownTownship.name}”的方案变更`)).toBeVisible();
    });

    await test.step('the district sees what changed and returns the change with a reason', async () => {
      await reviewer.reload();
      const panel = reviewer.getByRole('region', { name: '审核方案' });
      const diff = panel.getByRole('region', { name: '第 1 版到第 2 版的修改' });
      await expect(diff.locator('ins').first()).toContainText('和就业驿站 2 个');
      await panel.getByRole('button', { name: '退回变更' }).click();
      const dialog = reviewer.getByRole('dialog', { name: '退回方案变更' });
      await dialog.getByRole('textbox', { name: '退回原因' }).fill('驿站选址未落实');
      await dialog.getByRole('button', { name: '退回变更' }).click();
      await expect(toast(reviewer, `已退回“${ownTownship.name}”的方案变更`)).toBeVisible();
      await districtContext.close();
    });

    await test.step('the operator sees the reason; revision 1 stays the approved plan', async () => {
      await page.reload();
      await expect(page.getByText(/驿站选址未落实/).first()).toBeVisible();
      await expect(page.getByText(/第 1 版仍然有效/)).toBeVisible();
    });
  });
});

async function addMilestone(
  page: Page,
  n: number,
  dueOn: string,
  deliverable: string,
  status: string,
  note?: string,
) {
  await page.getByRole('button', { name: '添加时间节点' }).click();
  const group: Locator = page.getByRole('group', { name: `时间节点 ${n}` });
  const date = group.getByRole('textbox', { name: '完成时限' });
  await date.fill(dueOn);
  await date.press('Enter');
  await expect(date).toHaveValue(dueOn);
  await group.getByRole('textbox', { name: '工作成果' }).fill(deliverable);
  await group.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(status, { exact: true }).click();
  if (note) await group.getByRole('textbox', { name: '完成情况说明' }).fill(note);
}
