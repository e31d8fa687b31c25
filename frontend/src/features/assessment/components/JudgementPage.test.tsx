import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { round } from '../../../testing/fixtures';
import {
  mockApi,
  problem,
  testUser,
  type Handlers,
  type RecordedRequest,
} from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { assessment, pensionIndicator } from '../testData';

const assessor = testUser({ role: 'CITY_ASSESSOR', username: 'assessor', displayName: '李评审' });

function mockJudging(overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: assessor }),
    'GET /api/v1/rounds': () => ({
      body: { items: [round({ id: 5, state: 'ASSESSMENT' })], page: 1, size: 100, total: 1 },
    }),
    'GET /api/v1/nominations/{nominationId}/assessment': () => ({ body: assessment() }),
    'POST /api/v1/nominations/{nominationId}/assessment/{indicatorCode}/judgements': ({
      body,
      params,
    }) => ({
      status: 201,
      body: {
        id: 1,
        nominationId: 7,
        indicatorCode: params.indicatorCode,
        outcome: body.outcome,
        suggestedOutcome: 'NOT_MET',
        comment: body.comment ?? null,
        justification: body.justification ?? null,
        supplementUntil: null,
        documentNumber: null,
        assessor: 'assessor',
        assessorName: '李评审',
        judgedAt: '2091-12-01T10:00:00+08:00',
      },
    }),
    ...overrides,
  });
}

const posts = (calls: RecordedRequest[]) => calls.filter((c) => c.method === 'POST');

describe('the judgement page', () => {
  it('shows the accepted evidence beside a form prefilled from the threshold check', async () => {
    mockJudging();
    const { container } = renderApp('/assessment/7?indicator=15');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '东关街道 · 考核验收' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const evidence = screen.getByRole('region', { name: '已采纳的佐证材料' });
    expect(within(evidence).getByText('系统核验：未达标')).toBeInTheDocument();
    expect(within(evidence).getByText('基本养老保险参保率 93.1 % < 95 %')).toBeInTheDocument();
    expect(within(evidence).getByText(/93\.1 %/, { selector: 'td *, td' })).toBeInTheDocument();
    expect(within(evidence).getByRole('link', { name: '下载 参保人员名册.pdf' })).toHaveAttribute(
      'href',
      '/api/v1/attachments/31/content',
    );
    expect(within(evidence).getByRole('button', { name: '预览 参保人员名册.pdf' })).toBeVisible();

    const form = screen.getByRole('region', { name: '评审意见' });
    expect(within(form).getByText('系统建议：未达到')).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '未达到' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: '评审说明' })).toHaveValue(
      '基本养老保险参保率 93.1 % < 95 %',
    );
    // Keeping the suggestion needs no justification.
    expect(within(form).queryByRole('textbox', { name: '与系统建议不同的理由' })).toBeNull();
    // The indicator list marks where the assessor is.
    expect(
      screen.getByRole('navigation', { name: '指标列表' }).querySelector('[aria-current="page"]'),
    ).toHaveTextContent('精准实施全民参保计划');
    await expectNoSeriousA11yViolations(container);
  });

  it('refuses to save a judgement that departs from the check without a justification', async () => {
    const { calls } = mockJudging();
    renderApp('/assessment/7?indicator=15');
    const form = await screen.findByRole('region', { name: '评审意见' }, { timeout: 15_000 });
    await userEvent.click(within(form).getByRole('radio', { name: '达到' }));
    const justification = await within(form).findByRole('textbox', {
      name: '与系统建议不同的理由',
    });
    await userEvent.click(within(form).getByRole('button', { name: '保存评审意见' }));
    expect(await within(form).findByText('评审结论与系统建议不同，请填写理由')).toBeVisible();
    expect(posts(calls)).toHaveLength(0);

    await userEvent.type(justification, '现场核查参保率已达 95.2%');
    await userEvent.click(within(form).getByRole('button', { name: '保存评审意见' }));
    expect(
      await screen.findByText('已保存“15 精准实施全民参保计划”的评审意见'),
    ).toBeInTheDocument();
    const [post] = posts(calls);
    expect(post!.url.pathname).toBe('/api/v1/nominations/7/assessment/15/judgements');
    expect(post!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(post!.body).toEqual({
      outcome: 'MET',
      comment: '基本养老保险参保率 93.1 % < 95 %',
      justification: '现场核查参保率已达 95.2%',
      supplementUntil: null,
      documentNumber: null,
    });
  });

  it('asks what to supplement and by when before returning an indicator', async () => {
    const { calls } = mockJudging({
      'GET /api/v1/nominations/{nominationId}/assessment': () => ({
        body: assessment({
          indicators: [
            pensionIndicator({
              check: 'MISSING',
              suggestedOutcome: 'NEEDS_SUPPLEMENT',
              suggestedComment: '基本养老保险参保率：未填写',
            }),
          ],
        }),
      }),
    });
    renderApp('/assessment/7');
    const form = await screen.findByRole('region', { name: '评审意见' }, { timeout: 15_000 });
    expect(within(form).getByRole('radio', { name: '需补充材料' })).toBeChecked();
    await userEvent.clear(within(form).getByRole('textbox', { name: '需补充的内容（乡镇可见）' }));
    await userEvent.click(within(form).getByRole('button', { name: '保存评审意见' }));
    expect(await within(form).findByText('请写明需补充的内容')).toBeVisible();
    expect(await within(form).findByText('请选择补充截止日期')).toBeVisible();
    expect(posts(calls)).toHaveLength(0);
  });

  it('shows the server’s reason under the field when it refuses', async () => {
    mockJudging({
      'POST /api/v1/nominations/{nominationId}/assessment/{indicatorCode}/judgements': () =>
        problem(400, '请求未通过校验', {
          violations: [{ field: 'comment', message: '评审说明过长' }],
        }),
    });
    renderApp('/assessment/7?indicator=15');
    const form = await screen.findByRole('region', { name: '评审意见' }, { timeout: 15_000 });
    await userEvent.click(within(form).getByRole('button', { name: '保存评审意见' }));
    await waitFor(() => {
      expect(within(form).getByText('评审说明过长')).toBeVisible();
    });
  });

  it('is read-only for whoever may not judge (the city admin)', async () => {
    mockJudging({
      'GET /api/v1/auth/me': () => ({ body: testUser() }),
      'GET /api/v1/nominations/{nominationId}/assessment': () => ({
        body: assessment({ canJudge: false }),
      }),
    });
    renderApp('/assessment/7?indicator=15');
    const form = await screen.findByRole('region', { name: '评审意见' }, { timeout: 15_000 });
    expect(within(form).queryByRole('button', { name: '保存评审意见' })).toBeNull();
    expect(within(form).getByText(/您不能评审此项/)).toBeInTheDocument();
  });
});
