import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { framework, plan } from '../../../testing/fixtures';
import { mockApi, problem, testUser, type Handlers } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import type { EvidenceItem } from '../api/types';
import { commendationItem, nomination, pensionItem } from '../testData';

const operator = testUser({ role: 'TOWNSHIP_OPERATOR', townshipId: 11, townshipName: '东关街道' });
const districtAdmin = testUser({ role: 'DISTRICT_ADMIN', districtId: 1, districtName: '广陵区' });

function mockItem(
  current: () => { body: EvidenceItem; etag: string },
  overrides: Handlers = {},
  me = operator,
) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: me }),
    'GET /api/v1/nominations/{nominationId}': () => ({
      body: nomination(),
      headers: { ETag: '"3"' },
    }),
    'GET /api/v1/rounds/{roundId}/indicators': () => ({ body: framework() }),
    'GET /api/v1/nominations/{nominationId}/evidence/{indicatorCode}': () => {
      const { body, etag } = current();
      return { body, headers: { ETag: etag } };
    },
    'GET /api/v1/nominations/{nominationId}/evidence/{indicatorCode}/attachments': () => ({
      body: [],
    }),
    'GET /api/v1/nominations/{nominationId}/evidence/{indicatorCode}/revisions': () => ({
      body: { items: [], page: 1, size: 10, total: 0 },
    }),
    ...overrides,
  });
}

describe('one indicator’s evidence', () => {
  it('checks the metric against its threshold as the value is typed', async () => {
    mockItem(() => ({ body: pensionItem(), etag: '"0"' }));
    renderApp('/nominations/7/evidence/15');
    const rate = await screen.findByRole(
      'spinbutton',
      { name: '基本养老保险参保率（%）' },
      { timeout: 15_000 },
    );
    expect(screen.getByText('标准：≥ 95 %')).toBeInTheDocument();
    await userEvent.type(rate, '93.1');
    expect(await screen.findByText(/93\.1 % < 95 % 未达标/)).toBeInTheDocument();
    await userEvent.clear(rate);
    await userEvent.type(rate, '95');
    expect(await screen.findByText(/95 % ≥ 95 % 达标/)).toBeInTheDocument();
  });

  it('saves with If-Match and shows the new revision; a value beyond 100 % is refused first', async () => {
    let current = { body: pensionItem(), etag: '"0"' };
    const { calls } = mockItem(() => current, {
      'PUT /api/v1/nominations/{nominationId}/evidence/{indicatorCode}': () => {
        current = {
          body: pensionItem({
            revision: 1,
            selfAssessment: 'PARTLY_MET',
            allowedActions: ['SAVE', 'SUBMIT'],
            metrics: [{ ...pensionItem().metrics[0]!, value: 94.9, meetsThreshold: false }],
          }),
          etag: '"1"',
        };
        return { body: current.body, headers: { ETag: '"1"' } };
      },
    });
    const { container } = renderApp('/nominations/7/evidence/15');
    const rate = await screen.findByRole(
      'spinbutton',
      { name: '基本养老保险参保率（%）' },
      { timeout: 15_000 },
    );
    await userEvent.click(screen.getByRole('radio', { name: '部分达到' }));
    await userEvent.click(screen.getByRole('textbox', { name: '自评说明' }));
    await userEvent.paste('参保率接近目标');
    await userEvent.type(rate, '100.5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('百分比应在 0 到 100 之间')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(rate);
    await userEvent.type(rate, '94.9');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('佐证材料已保存（第 1 版）')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.body).toEqual({
      selfAssessment: 'PARTLY_MET',
      statement: '参保率接近目标',
      narrative: '',
      metricValues: [{ metricId: 1, value: 94.9 }],
    });
    // The next save starts from the saved revision, and submitting is offered now.
    expect(await screen.findByRole('button', { name: '提交审核' })).toBeInTheDocument();
    await expectNoSeriousA11yViolations(container);
  });

  it('tells the user someone else saved first and reloads the newest revision', async () => {
    let current = { body: pensionItem(), etag: '"0"' };
    const { calls } = mockItem(() => current, {
      'PUT /api/v1/nominations/{nominationId}/evidence/{indicatorCode}': () => {
        current = { body: pensionItem({ revision: 1, statement: '他人保存的说明' }), etag: '"1"' };
        return problem(412, '该记录已被他人修改');
      },
    });
    renderApp('/nominations/7/evidence/15');
    await userEvent.click(
      await screen.findByRole('textbox', { name: '自评说明' }, { timeout: 15_000 }),
    );
    await userEvent.paste('我的说明');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const stale = await screen.findByRole('alert');
    expect(stale).toHaveTextContent('该记录已被他人修改');
    await userEvent.click(within(stale).getByRole('button', { name: '重新加载' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: '自评说明' })).toHaveValue('他人保存的说明');
    });
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('shows why the item came back, prominently, and lets the township edit it again', async () => {
    mockItem(() => ({
      body: pensionItem({
        state: 'RETURNED',
        revision: 2,
        returnReason: '缺少参保名册，请补充。',
        returnedBy: 'DISTRICT',
        reviewedAt: '2091-08-22T09:00:00+08:00',
        reviewedBy: '区县审核员',
        allowedActions: ['SAVE', 'SUBMIT'],
      }),
      etag: '"2"',
    }));
    renderApp('/nominations/7/evidence/15');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('县市区已退回，请补充后重新提交');
    expect(alert).toHaveTextContent('缺少参保名册，请补充。');
    expect(screen.getByRole('button', { name: '保存' })).toBeInTheDocument();
  });

  it('offers a reviewer exactly the allowed steps, read-only content, and returns with a reason', async () => {
    const submitted = pensionItem({
      state: 'SUBMITTED',
      revision: 2,
      selfAssessment: 'PARTLY_MET',
      metrics: [{ ...pensionItem().metrics[0]!, value: 94.9, meetsThreshold: false }],
      allowedActions: ['APPROVE', 'RETURN'],
    });
    const { calls } = mockItem(
      () => ({ body: submitted, etag: '"2"' }),
      {
        'POST /api/v1/nominations/{nominationId}/evidence/{indicatorCode}/return': () => ({
          body: {
            ...submitted,
            state: 'RETURNED',
            returnReason: '缺少参保名册',
            allowedActions: [],
          },
          headers: { ETag: '"2"' },
        }),
      },
      districtAdmin,
    );
    renderApp('/nominations/7/evidence/15');
    await screen.findByRole('button', { name: '审核通过' }, { timeout: 15_000 });
    expect(screen.queryByRole('button', { name: '提交审核' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.getByText(/94\.9 % < 95 % 未达标/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '退回补充' }));
    const dialog = await dialogTitled('退回佐证材料');
    await userEvent.click(within(dialog).getByRole('button', { name: '退回补充' }));
    expect(await within(dialog).findByText('请填写退回原因')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('textbox', { name: '退回原因' }));
    await userEvent.paste('缺少参保名册');
    await userEvent.click(within(dialog).getByRole('button', { name: '退回补充' }));
    expect(await screen.findByText('已退回“15 精准实施全民参保计划”')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'POST')!;
    expect(sent.headers.get('If-Match')).toBe('"2"');
    expect(sent.body).toEqual({ reason: '缺少参保名册' });
  });
});

describe('the plan milestones an indicator proves', () => {
  it('lists the milestones whose evidence is this indicator and leads back to the plan', async () => {
    const saved = plan();
    mockItem(() => ({ body: pensionItem(), etag: '"0"' }), {
      'GET /api/v1/nominations/{nominationId}/plan': () => ({
        body: plan({
          milestones: [
            { ...saved.milestones[0]!, evidence: ['15', 'B1'] },
            { ...saved.milestones[1]!, evidence: ['16'] },
          ],
        }),
        headers: { ETag: '"2"' },
      }),
    });
    renderApp('/nominations/7/evidence/15');
    const section = await screen.findByRole(
      'region',
      { name: '本项佐证材料证明的实施方案里程碑' },
      { timeout: 15_000 },
    );
    expect(within(section).getByText('成立工作领导小组')).toBeInTheDocument();
    expect(within(section).queryByText('零工市场挂牌运营')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: '查看实施方案' })).toHaveAttribute(
      'href',
      '/nominations/7#plan',
    );
  });
});

describe('bonus entries', () => {
  it('checks the document number (文号) inline and sends it normalised', async () => {
    const { calls } = mockItem(() => ({ body: commendationItem(), etag: '"0"' }), {
      'PUT /api/v1/nominations/{nominationId}/evidence/{indicatorCode}': () => ({
        body: commendationItem({ revision: 1 }),
        headers: { ETag: '"1"' },
      }),
    });
    renderApp('/nominations/7/evidence/B1');
    await userEvent.click(
      await screen.findByRole('button', { name: '添加一项' }, { timeout: 15_000 }),
    );
    const entry = screen.getByRole('group', { name: '第 1 项' });
    // A new entry of B1 starts as a commendation, asking for what a commendation records.
    await userEvent.click(within(entry).getByRole('textbox', { name: '名称' }));
    await userEvent.paste('江苏省就业创业工作先进集体');
    await userEvent.click(within(entry).getByRole('textbox', { name: '发文单位' }));
    await userEvent.paste('江苏省人力资源和社会保障厅');
    const number = within(entry).getByRole('textbox', { name: '文号' });
    await userEvent.click(number);
    await userEvent.paste('苏人社发2023-12号');
    expect(
      await within(entry).findByText(/文号格式不正确/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(entry).findByText('请填写级别')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(number);
    await userEvent.paste('苏人社发［2023］12号');
    await userEvent.click(within(entry).getByRole('radio', { name: '省级' }));
    await waitFor(() => {
      expect(within(entry).queryByText(/文号格式不正确/)).not.toBeInTheDocument();
    });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('佐证材料已保存（第 1 版）')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      bonus: {
        entries: [
          {
            type: 'COMMENDATION',
            title: '江苏省就业创业工作先进集体',
            issuingBody: '江苏省人力资源和社会保障厅',
            documentNumber: '苏人社发〔2023〕12号',
            level: 'PROVINCIAL',
          },
        ],
      },
    });
  });

  it('refuses a document number from a future year', async () => {
    mockItem(() => ({ body: commendationItem(), etag: '"0"' }));
    renderApp('/nominations/7/evidence/B1');
    await userEvent.click(
      await screen.findByRole('button', { name: '添加一项' }, { timeout: 15_000 }),
    );
    const entry = screen.getByRole('group', { name: '第 1 项' });
    await userEvent.click(within(entry).getByRole('textbox', { name: '文号' }));
    await userEvent.paste('苏人社发〔2999〕1号');
    expect(await within(entry).findByText(/文号中的年份不正确/)).toBeInTheDocument();
  });
});
