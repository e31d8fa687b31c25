import { expectAccessible } from './support/a11y';
import { expect, fixtures, h1, test } from './support/fixtures';

test('a wrong password gets the generic message; signing out returns to the sign-in page', async ({
  page,
}) => {
  const { signInUser } = fixtures();
  await page.goto('/districts?sort=name');
  await expect(h1(page, '用户登录')).toBeVisible();
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent('/districts?sort=name')}`);

  // Neither a wrong password nor an unknown user says which it was.
  const generic = '用户名或密码错误，或账号已被锁定。';
  await page.getByLabel('用户名').fill(signInUser.username);
  await page.getByLabel('密码').fill('Wrong#Password-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(generic)).toBeVisible();
  await page.getByLabel('用户名').fill('e2e-nobody');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(generic)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel('用户名').fill(signInUser.username);
  await page.getByLabel('密码').fill(signInUser.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(h1(page, '县市区')).toBeVisible();
  await expect(page).toHaveURL('/districts?sort=name');
  await expect(page.getByText(`当前用户：${signInUser.displayName}（查看者）`)).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(h1(page, '用户登录')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  // The session is over: a page behind sign-in sends us back.
  await page.goto('/townships');
  await expect(h1(page, '用户登录')).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'fumin_session')?.value ?? '').toBe('');
});

test('a first sign-in leads to the password change, then into the system', async ({ page }) => {
  const { newcomer } = fixtures();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(newcomer.username);
  await page.getByLabel('密码').fill(newcomer.password);
  await page.getByRole('button', { name: '登录' }).click();

  await expect(h1(page, '请修改密码')).toBeVisible();
  await expectAccessible(page, 'forced password change page');
  // The whole policy is on the form before anything is typed.
  await expect(page.getByLabel('新密码', { exact: true })).toHaveAccessibleDescription(
    `密码规则：10–128 个字符，至少包含大写字母、小写字母、数字、符号中的三类；不能包含用户名“${newcomer.username}”，不能是常见密码（或常见密码加上数字、符号），也不能与当前密码相同。`,
  );
  await page.getByLabel('当前密码').fill(newcomer.password);
  await page.getByLabel('新密码', { exact: true }).fill('short');
  await page.getByLabel('确认新密码').fill('short');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('新密码应为 10–128 个字符')).toBeVisible();

  const fresh = 'Nw#Fresh-Password-2026';
  await page.getByLabel('新密码', { exact: true }).fill(fresh);
  await page.getByLabel('确认新密码').fill(fresh);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(h1(page, '概览')).toBeVisible();
  await expect(page.getByText('当前用户：新来的（查看者）')).toBeVisible();
});
