import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { storageStateOf, type Role } from './support/env';
import { expect, fixtures, h1, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { ensureNomination, ensureRound, signInAs } from './support/rounds';

// axe-core in the real browser on every page and dialog: no serious or critical violation is
// allowed. The checks are soft, so one run lists every page's violations.

test('sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(h1(page, '用户登录')).toBeVisible();
  await expectAccessible(page, '/login');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expectAccessible(page, '/login with errors');
});

test.describe('signed in as a city admin', () => {
  test.use({ storageState: storageStateOf('CITY_ADMIN') });

  // One test per page: each stays well inside its time limit on a busy machine, and they run in parallel.
  const pages: [name: string, route: () => [path: string, heading: string]][] = [
    ['overview', () => ['/', '概览']],
    ['districts', () => ['/districts', '县市区管理']],
    ['a district', () => [`/districts/${fixtures().guangling.id}`, fixtures().guangling.name]],
    ['townships', () => ['/townships', '乡镇管理']],
    ['a township', () => [`/townships/${fixtures().ownTownship.id}`, fixtures().ownTownship.name]],
    ['account', () => ['/account', '我的账户']],
    ['notifications', () => ['/notifications', '消息通知']],
    ['users', () => ['/users', '用户管理']],
    ['API keys', () => ['/api-keys', 'API 密钥']],
    ['audit', () => ['/audit', '审计日志']],
    ['not found', () => ['/no-such-page', '页面不存在']],
    ['unknown district', () => ['/districts/999999', '未找到该县市区']],
  ];
  for (const [name, route] of pages) {
    test(`page: ${name}`, async ({ page }) => {
      const [path, heading] = route();
      await page.goto(path);
      await expect(h1(page, heading)).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, path);
    });
  }

  test('every form and confirmation dialog', async ({ page }) => {
    test.setTimeout(180_000);
    const { guangling } = fixtures();

    await test.step('district create, with errors', async () => {
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
    });

    await test.step('district edit', async () => {
      await page.getByRole('button', { name: `编辑 ${guangling.name}` }).click();
      const edit = page.getByRole('dialog', { name: `编辑县市区：${guangling.name}` });
      await expect(edit.getByLabel('行政区划代码')).toHaveValue(guangling.code);
      await expectAccessible(page, 'district edit dialog');
      await edit.getByRole('button', { name: '取消' }).click();
      await expect(edit).toBeHidden();
    });

    await test.step('delete confirmation', async () => {
      await page.getByRole('button', { name: `删除 ${guangling.name}` }).click();
      const confirm = page.getByRole('dialog', { name: '确认删除' });
      await expect(confirm).toBeVisible();
      await expectAccessible(page, 'delete confirmation dialog');
      await confirm.getByRole('button', { name: '取消' }).click();
      await expect(confirm).toBeHidden();
    });

    await test.step('township create, district list open', async () => {
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

    await test.step('notification bell, open', async () => {
      await page.goto('/notifications');
      await waitForData(page);
      await page.getByRole('button', { name: /^消息通知，/ }).click();
      await expect(page.getByRole('group', { name: '最新消息' })).toBeVisible();
      await expectAccessible(page, 'notification bell panel');
      await page.keyboard.press('Escape');
    });

    await test.step('user create', async () => {
      await page.goto('/users');
      await waitForData(page);
      await page.getByRole('button', { name: '新增用户' }).click();
      const create = page.getByRole('dialog', { name: '新增用户' });
      await expect(create.getByLabel('用户名')).toBeVisible();
      await expectAccessible(page, 'user create dialog');
    });

    await test.step('API key create', async () => {
      await page.goto('/api-keys');
      await waitForData(page);
      await page.getByRole('button', { name: '新增 API 密钥' }).click();
      const create = page.getByRole('dialog', { name: '新增 API 密钥' });
      await expect(create.getByLabel('名称')).toBeVisible();
      await expectAccessible(page, 'API key create dialog');
    });
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

  test.describe('in English at 1440 px', () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test('wide tables fit and filter placeholders are not cut off', async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript(() => {
        localStorage.setItem('fumin.language', 'en');
      });
      for (const path of ['/users', '/api-keys', '/townships', '/nominations', '/audit']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await waitForData(page);
        await expectNoHorizontalOverflow(page, `${path} (English)`);
        const cut = await page.evaluate(() => {
          const problems: string[] = [];
          // a table that scrolls sideways inside its box
          document
            .querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')
            .forEach((el) => {
              if (el.scrollWidth - el.clientWidth > 1) {
                problems.push(`table ${String(el.scrollWidth)} > ${String(el.clientWidth)} px`);
              }
            });
          // placeholders of text inputs and of selects that do not fit their box
          const ctx = document.createElement('canvas').getContext('2d');
          document.querySelectorAll<HTMLInputElement>('input[placeholder]').forEach((input) => {
            if (!ctx || input.offsetParent === null || input.value !== '') return;
            const style = getComputedStyle(input);
            ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room =
              input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            if (ctx.measureText(input.placeholder).width > room + 1) {
              problems.push(`placeholder "${input.placeholder}"`);
            }
          });
          document
            .querySelectorAll<HTMLElement>('.ant-select-selection-placeholder')
            .forEach((el) => {
              if (el.offsetParent !== null && el.scrollWidth - el.clientWidth > 1) {
                problems.push(`placeholder "${el.textContent}"`);
              }
            });
          return problems;
        });
        expect.soft(cut, `cut off on ${path} (English, 1440 px)`).toEqual([]);
      }
    });
  });

  test.describe('at 200 % zoom (640 px wide)', () => {
    test.use({ viewport: { width: 640, height: 400 } });

    test('no horizontal scrolling, navigation reachable by keyboard', async ({ page }) => {
      test.setTimeout(180_000);
      const { guangling } = fixtures();
      for (const path of [
        '/',
        '/districts',
        `/districts/${guangling.id}`,
        '/townships',
        '/rounds',
        '/frameworks',
        '/users',
        '/nominations',
        '/notifications',
      ]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await waitForData(page);
        await expectNoHorizontalOverflow(page, path);
      }
      await expectAccessible(page, '/users at 640 px');

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
      const townships = nav.getByRole('link', { name: '乡镇', exact: true });
      await expect(townships).toBeVisible();
      await expect(nav.getByRole('link', { name: '县市区', exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await tabTo(page, townships, 20);
      await page.keyboard.press('Enter');
      await expect(h1(page, '乡镇管理')).toBeVisible();
      await expect(page).toHaveURL(/\/townships$/);
    });
  });
});

test('nominations and the cultivation plan, as each role sees them', async ({ browser }) => {
  test.setTimeout(180_000);
  // A year of its own, so the nomination looked at here meets no other spec's.
  const { ownTownship } = fixtures();
  const admin = await signInAs('CITY_ADMIN');
  const round = await ensureRound(admin, { year: 2097 });
  await admin.dispose();
  const district = await signInAs('DISTRICT_ADMIN');
  const nomination = await ensureNomination(district, round.id, ownTownship);
  await district.dispose();
  const list = `/nominations?round=${round.id}`;
  const detail = `/nominations/${nomination.id}`;

  const as = async (role: Role, check: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ storageState: storageStateOf(role) });
    await check(await context.newPage());
    await context.close();
  };

  await test.step('city admin: list with the provincial overview', () =>
    as('CITY_ADMIN', async (page) => {
      await page.goto(list);
      await expect(h1(page, '创建对象')).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, `${list} (city admin)`);
    }));
  await test.step('district admin: quota, the nominate dialog and a confirmation', () =>
    as('DISTRICT_ADMIN', async (page) => {
      await page.goto(list);
      await expect(h1(page, '创建对象')).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, `${list} (district admin)`);
      await page.getByRole('button', { name: '申报乡镇' }).click();
      const dialog = page.getByRole('dialog', { name: '申报乡镇（街道）' });
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(dialog.getByText('请选择要申报的乡镇（街道）')).toBeVisible();
      await expectAccessible(page, 'nominate dialog with errors');
      await dialog.getByRole('button', { name: '取消' }).click();
      await page.goto(detail);
      await page.getByRole('button', { name: '撤回申报' }).click();
      const withdraw = page.getByRole('dialog', { name: '撤回申报' });
      await withdraw.getByRole('button', { name: '撤回申报' }).click();
      await expect(withdraw.getByText('请填写原因')).toBeVisible();
      await expectAccessible(page, 'withdraw confirmation with errors');
    }));
  await test.step('township operator: the plan editor and its preview', () =>
    as('TOWNSHIP_OPERATOR', async (page) => {
      await page.goto(detail);
      await expect(h1(page, ownTownship.name)).toBeVisible();
      await waitForData(page);
      await page.getByRole('button', { name: '添加时间节点' }).click();
      await page.getByRole('button', { name: '保存方案' }).click();
      await expect(page.getByText('请填写工作成果')).toBeVisible();
      // Away from the button: axe would judge its hover colour.
      await page.mouse.move(0, 0);
      await expectAccessible(page, `${detail} (plan editor with errors)`);
      await page.getByText('预览', { exact: true }).click();
      await expectAccessible(page, `${detail} (preview)`);
    }));
  await test.step('viewer: read-only', () =>
    as('VIEWER', async (page) => {
      await page.goto(detail);
      await expect(h1(page, ownTownship.name)).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, `${detail} (viewer)`);
    }));
});

/** A round of its own year (so it meets no other spec's), open, and an editable framework copy. */
async function roundAndFrameworks() {
  const admin = await signInAs('CITY_ADMIN');
  const round = await ensureRound(admin, { year: 2089 });
  const frameworks =
    await admin.get<{ id: number; name: string; basedOnId: number | null }[]>('/api/v1/frameworks');
  await admin.dispose();
  const seeded = frameworks.find((f) => f.basedOnId === null) ?? frameworks[0];
  if (!seeded) throw new Error('No indicator framework');
  return { round, seeded };
}

test.describe('rounds and the indicator framework', () => {
  test.use({ storageState: storageStateOf('CITY_ADMIN') });

  test('every page', async ({ page }) => {
    test.setTimeout(180_000);
    const { round, seeded } = await roundAndFrameworks();
    const pages: [path: string, heading: string | RegExp][] = [
      ['/rounds', '培育批次'],
      [`/rounds/${round.id}`, round.name],
      ['/rounds/999999', '未找到该培育批次'],
      ['/frameworks', '培育标准'],
      [`/frameworks/${seeded.id}`, /第 1 版$/],
      ['/frameworks/999999', '未找到该培育标准'],
    ];
    for (const [path, heading] of pages) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(h1(page, heading)).toBeVisible();
        await waitForData(page);
        await expectAccessible(page, path);
      });
    }
    await test.step('in English', async () => {
      await page.getByText('English').click();
      // the switch takes effect (and is remembered) once the English texts are loaded
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.goto(`/frameworks/${seeded.id}`);
      await expect(h1(page, /edition 1$/)).toBeVisible();
      await expectAccessible(page, `/frameworks/${seeded.id} (English)`);
      await page.goto(`/rounds/${round.id}`);
      await expect(h1(page, round.name)).toBeVisible();
      await waitForData(page);
      await expectAccessible(page, `/rounds/${round.id} (English)`);
    });
    await test.step('at 200 % zoom (640 px wide)', async () => {
      await page.getByText('中文').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.setViewportSize({ width: 640, height: 400 });
      for (const path of [`/rounds/${round.id}`, `/frameworks/${seeded.id}`]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await waitForData(page);
        await expectNoHorizontalOverflow(page, path);
      }
    });
  });

  test('round forms and confirmations', async ({ page }) => {
    test.setTimeout(180_000);
    const { round } = await roundAndFrameworks();

    await test.step('round create, with errors', async () => {
      await page.goto('/rounds');
      await waitForData(page);
      await page.getByRole('button', { name: '新建培育批次' }).click();
      const create = page.getByRole('dialog', { name: '新建培育批次' });
      await expect(create.getByRole('textbox', { name: '部署阶段 开始时间' })).toBeVisible();
      await expectAccessible(page, 'round create dialog');
      await create.getByRole('textbox', { name: '名称' }).fill('');
      await create.getByRole('button', { name: '保存' }).click();
      await expect(create.getByText('请输入名称')).toBeVisible();
      await expectAccessible(page, 'round create dialog with errors');
      // The phase pickers are typed into (see rounds.spec.ts); antd's pop-up calendar panel is a
      // mouse aid whose own markup axe faults (unnamed year button, unfocusable time columns).
    });

    await test.step('edit, start-assessment confirmation, quota, reopening', async () => {
      await page.goto(`/rounds/${round.id}`);
      await waitForData(page);
      const header = page.locator('.page-header');
      await header.getByRole('button', { name: `编辑 ${round.name}` }).click();
      const edit = page.getByRole('dialog', { name: `编辑培育批次：${round.name}` });
      await expect(edit.getByRole('textbox', { name: '名称' })).toHaveValue(round.name);
      await expectAccessible(page, 'round edit dialog');
      await edit.getByRole('button', { name: '取消' }).click();
      await expect(edit).toBeHidden();

      await header.getByRole('button', { name: '开始考核验收' }).click();
      const confirm = page.getByRole('dialog', { name: '开始考核验收' });
      await expect(confirm).toContainText('将被冻结');
      await expectAccessible(page, 'start assessment confirmation');
      await confirm.getByRole('button', { name: '取消' }).click();
      await expect(confirm).toBeHidden();

      await page.getByRole('button', { name: '调整名额 广陵区' }).click();
      const quota = page.getByRole('dialog', { name: '调整名额：广陵区' });
      await expect(quota.getByRole('spinbutton', { name: '新名额' })).toBeVisible();
      await expectAccessible(page, 'quota dialog');
      await quota.getByRole('button', { name: '取消' }).click();
      await expect(quota).toBeHidden();

      await page.getByRole('button', { name: '重新开放截止时间' }).click();
      const reopen = page.getByRole('dialog', { name: '为乡镇重新开放截止时间' });
      await reopen.getByRole('button', { name: '保存' }).click();
      await expect(reopen.getByText('请填写重新开放的原因')).toBeVisible();
      await expectAccessible(page, 'reopening dialog with errors');
      await reopen.getByRole('combobox', { name: '乡镇' }).click();
      await expect(page.getByRole('listbox')).toBeAttached();
      await expectAccessible(page, 'reopening dialog, township list open');
    });
  });

  test('framework copy and indicator forms', async ({ page }) => {
    test.setTimeout(180_000);
    const { seeded } = await roundAndFrameworks();
    await page.goto(`/frameworks/${seeded.id}`);
    await waitForData(page);
    await page.getByRole('button', { name: '复制为新版本' }).click();
    const copy = page.getByRole('dialog', { name: /复制为新版本/ });
    await expect(copy.getByRole('textbox', { name: '新版本名称' })).toBeVisible();
    await expectAccessible(page, 'framework copy dialog');
    // The copy is editable even when the seeded edition is frozen by a round under assessment.
    await copy.getByRole('textbox', { name: '新版本名称' }).fill('E2E无障碍检查用培育标准');
    await copy.getByRole('button', { name: '保存' }).click();
    await expect(h1(page, /^E2E无障碍检查用培育标准/)).toBeVisible();

    await page.getByRole('button', { name: '编辑指标 15' }).click();
    const edit = page.getByRole('dialog', { name: /编辑指标 15/ });
    await expect(edit.getByRole('textbox', { name: '指标名称（中文）' })).toBeVisible();
    await expectAccessible(page, 'indicator edit dialog');
    await edit.getByRole('button', { name: '添加考核要点' }).click();
    await edit.getByRole('button', { name: '添加量化指标' }).click();
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(edit.getByText('请输入考核要点，或删除此项')).toBeVisible();
    await expectAccessible(page, 'indicator edit dialog with errors');
  });

  test('a viewer reads a round without actions', async ({ browser }) => {
    const { round } = await roundAndFrameworks();
    const context = await browser.newContext({ storageState: storageStateOf('VIEWER') });
    const page = await context.newPage();
    await page.goto(`/rounds/${round.id}`);
    await expect(h1(page, round.name)).toBeVisible();
    await waitForData(page);
    await expectAccessible(page, `/rounds/${round.id} (viewer)`);
    await context.close();
  });
});

/** The page and its main area fit the viewport's width: nothing scrolls sideways. */
async function expectNoHorizontalOverflow(page: Page, path: string) {
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    main: (() => {
      const main = document.getElementById('main');
      return main ? main.scrollWidth - main.clientWidth : 0;
    })(),
  }));
  expect.soft(overflow, `horizontal overflow on ${path} (px)`).toEqual({ page: 0, main: 0 });
}

/** Tables and statistics have loaded (no spinner left), so axe sees the real content. */
async function waitForData(page: Page) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
}
