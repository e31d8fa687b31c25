import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { dialogTitled } from '../../../testing/antd';
import { framework } from '../../../testing/fixtures';
import { mockApi, testUser } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';

function indicatorCard(heading: RegExp) {
  return screen.getByRole('heading', { level: 3, name: heading }).closest('article')!;
}

describe('FrameworkDetailPage', () => {
  it('shows each category with its indicators, full text, checklist and metrics; bonus items apart', async () => {
    mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
    });
    renderApp('/frameworks/1');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '扬州市就业富民乡村振兴基地培育标准 第 1 版',
      }),
    ).toBeVisible();
    expect(screen.getByText('2 个类别，1 项标准指标，1 项加分项')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '5. 社会保障' })).toBeVisible();
    // a table of contents leads to each category's heading
    const toc = screen.getByRole('navigation', { name: '目录' });
    expect(within(toc).getByRole('link', { name: '5. 社会保障' })).toHaveAttribute(
      'href',
      '#category-5',
    );
    expect(document.getElementById('category-5')).toHaveTextContent('5. 社会保障');

    const pension = indicatorCard(/指标 15/);
    expect(
      within(pension).getByText(
        '城乡居民基本养老保险覆盖面不断扩大，基本养老保险参保率达95%以上。',
      ),
    ).toBeVisible();
    expect(within(pension).getByText('基本养老保险参保率达95%以上。')).toBeVisible();
    expect(within(pension).getByText('困难群体由政府代缴保费。')).toBeVisible();
    expect(within(pension).getByText('基本养老保险参保率 ≥ 95 %')).toBeVisible();
    expect(within(pension).queryByText('加分项')).not.toBeInTheDocument();
    // The English gloss is for the English UI.
    expect(within(pension).queryByText(/basic pension/)).not.toBeInTheDocument();

    const bonus = indicatorCard(/加分项 B1/);
    expect(within(bonus).getByText('加分项')).toBeVisible();
    // its checklist repeats its text word for word, so the text is shown once, as the checklist
    expect(
      within(bonus).getAllByText('本年度乡村振兴工作受到省级及以上表彰激励（有正式文号）。'),
    ).toHaveLength(1);
    expect(within(bonus).getByRole('list')).toHaveTextContent('有正式文号');
    expect(
      screen.getByText(
        '加分项不决定是否命名；向省级推荐就业富民乡村振兴基地时，有加分项的乡镇优先考虑。',
      ),
    ).toBeVisible();
    await expectNoSeriousA11yViolations();
  });

  it('shows the English gloss and metric names in English', async () => {
    mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
    });
    await i18n.changeLanguage('en');
    renderApp('/frameworks/1');
    const pension = (
      await screen.findByRole('heading', { level: 3, name: /Indicator 15/ })
    ).closest('article')!;
    expect(
      within(pension).getByText('basic pension insurance participation rate of at least 95 %'),
    ).toBeVisible();
    expect(
      within(pension).getByText('basic pension insurance participation rate ≥ 95 %'),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: '5. Social security (社会保障)' }),
    ).toBeVisible();
  });

  it('lets a city admin edit an editable edition and copy it', async () => {
    mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
    });
    renderApp('/frameworks/1');
    await screen.findByRole('heading', { level: 3, name: /指标 15/ });
    expect(screen.getByRole('button', { name: '编辑指标 15' })).toBeVisible();
    expect(screen.getByRole('button', { name: '编辑指标 B1' })).toBeVisible();
    expect(screen.getByRole('button', { name: '复制为新版本' })).toBeVisible();
    expect(screen.queryByText('此版本已冻结，不能修改')).not.toBeInTheDocument();
  });

  it('explains why a frozen edition cannot change and offers no edit, only a copy', async () => {
    mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework({ frozen: true }),
        headers: { ETag: '"7"' },
      }),
    });
    renderApp('/frameworks/1');
    await screen.findByRole('heading', { level: 3, name: /指标 15/ });
    expect(screen.getByText('此版本已冻结，不能修改')).toBeVisible();
    expect(screen.getByText(/使用此版本的培育批次已进入考核验收/)).toBeVisible();
    expect(screen.getByText('已冻结')).toBeVisible();
    expect(screen.queryByRole('button', { name: /编辑指标/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复制为新版本' })).toBeVisible();
  });

  it('offers other roles neither edit nor copy', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'CITY_ASSESSOR' }) }),
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
    });
    renderApp('/frameworks/1');
    await screen.findByRole('heading', { level: 3, name: /指标 15/ });
    expect(screen.queryByRole('button', { name: /编辑指标/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '复制为新版本' })).not.toBeInTheDocument();
  });

  it('copies into a new edition with an Idempotency-Key and opens it', async () => {
    const copy = framework({ id: 4, edition: 2, basedOnId: 1 });
    const { calls } = mockApi({
      'GET /api/v1/frameworks/{frameworkId}': ({ params }) => ({
        body: params.frameworkId === '4' ? copy : framework(),
        headers: { ETag: '"7"' },
      }),
      'GET /api/v1/frameworks': () => ({ body: [] }),
      'POST /api/v1/frameworks/{frameworkId}/copies': () => ({
        status: 201,
        body: copy,
        headers: { ETag: '"0"' },
      }),
    });
    const app = renderApp('/frameworks/1');
    await userEvent.click(await screen.findByRole('button', { name: '复制为新版本' }));
    const dialog = await dialogTitled('复制为新版本：扬州市就业富民乡村振兴基地培育标准 第 1 版');
    expect(within(dialog).getByRole('textbox', { name: '新版本名称' })).toHaveValue(
      '扬州市就业富民乡村振兴基地培育标准',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(app.location()).toBe('/frameworks/4');
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/frameworks/1/copies');
    expect(post.body).toEqual({ name: '扬州市就业富民乡村振兴基地培育标准' });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: /第 2 版/ })).toBeVisible();
  });
});
