import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi, type Handlers, type RecordedRequest } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { revision, verdict } from '../testData';

/** The server's verdict: unconfirmed until a PUT confirms it. */
function mockVerdict(overrides: Handlers = {}) {
  let current = verdict();
  return mockApi({
    'GET /api/v1/nominations/{nominationId}/verdict': () => ({
      body: current,
      headers: { ETag: `"${String(current.version)}"` },
    }),
    'PUT /api/v1/nominations/{nominationId}/verdict': ({ body }) => {
      current = verdict({
        verdict: revision({ decision: body.decision }),
        revisions: [revision({ decision: body.decision })],
        allowedActions: ['CHANGE', 'PUBLISH'],
        version: 1,
      });
      return { body: current, headers: { ETag: '"1"' } };
    },
    ...overrides,
  });
}

const puts = (calls: RecordedRequest[]) => calls.filter((c) => c.method === 'PUT');

describe('the verdict page', () => {
  it('shows the proposal with each failing indicator and its figure', async () => {
    mockVerdict();
    const { container } = renderApp('/assessment/7/verdict');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '东关街道 · 考核验收结论' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const proposal = screen.getByRole('region', { name: '系统建议结论' });
    expect(within(proposal).getByText('建议不予命名')).toBeInTheDocument();
    expect(
      within(proposal).getByText('15 精准实施全民参保计划：基本养老保险参保率 93.1 % < 95 %'),
    ).toBeInTheDocument();
    // Confirming the proposal as it stands needs neither justification nor document.
    expect(screen.getByRole('radio', { name: '不予命名' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: '与系统建议不同的理由' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: '命名文号' })).toBeNull();
    await expectNoSeriousA11yViolations(container);
  });

  it('names against the proposal only with a justification and a valid naming document', async () => {
    const { calls } = mockVerdict();
    renderApp('/assessment/7/verdict');
    await userEvent.click(
      await screen.findByRole('radio', { name: '命名为基地' }, { timeout: 15_000 }),
    );
    const number = await screen.findByRole('textbox', { name: '命名文号' });
    await userEvent.click(screen.getByRole('button', { name: '确认结论' }));
    expect(await screen.findByText('结论与系统建议不同，请填写理由')).toBeVisible();
    expect(screen.getByText('请填写文号')).toBeVisible();
    expect(screen.getByText('请选择发文日期')).toBeVisible();

    // The document number is checked as it is typed.
    await userEvent.type(number, '扬人社发2091-88');
    expect(await screen.findByText(/文号格式不正确/)).toBeVisible();
    await userEvent.clear(number);
    // `[[` types one `[` (user-event reads `[` as a key name).
    await userEvent.type(number, '扬人社发[[2025]88号');
    await userEvent.type(
      screen.getByRole('textbox', { name: '与系统建议不同的理由' }),
      '差距在统计误差内，经复核同意命名。',
    );
    const date = screen.getByRole('textbox', { name: '发文日期' });
    await userEvent.type(date, '2025-12-01{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '确认结论' }));
    expect(await screen.findByText('已确认“东关街道”的结论')).toBeInTheDocument();
    const [put] = puts(calls);
    expect(put!.headers.get('If-Match')).toBeNull();
    expect(put!.body).toEqual({
      decision: 'NAMED',
      justification: '差距在统计误差内，经复核同意命名。',
      documentNumber: '扬人社发〔2025〕88号',
      documentDate: '2025-12-01',
    });
    // The confirmed verdict is shown, and changing it now sends its version.
    expect(await screen.findByRole('heading', { name: '修改结论（发布前）' })).toBeVisible();
  });

  it('takes Enter in the date field as the date only; one click confirms once', async () => {
    const { calls } = mockVerdict();
    renderApp('/assessment/7/verdict');
    await userEvent.click(
      await screen.findByRole('radio', { name: '命名为基地' }, { timeout: 15_000 }),
    );
    await userEvent.type(
      await screen.findByRole('textbox', { name: '命名文号' }),
      '扬人社发[[2025]88号',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: '与系统建议不同的理由' }),
      '差距在统计误差内，经复核同意命名。',
    );
    const date = screen.getByRole('textbox', { name: '发文日期' });
    await userEvent.type(date, '2025-12-01{Enter}');
    expect(date).toHaveValue('2025-12-01');
    // Give a submission the time it would need to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(puts(calls)).toHaveLength(0);
    expect(screen.queryByText('已确认“东关街道”的结论')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '确认结论' }));
    expect(await screen.findByText('已确认“东关街道”的结论')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '修改结论（发布前）' })).toBeVisible();
    expect(puts(calls)).toHaveLength(1);
    expect(screen.getAllByText('已确认“东关街道”的结论')).toHaveLength(1);
  });

  it('is read-only once published, with a correction and the history of revisions', async () => {
    const published = revision({
      status: 'PUBLISHED',
      publishedAt: '2091-12-05T10:00:00+08:00',
      publishedBy: 'admin',
    });
    mockVerdict({
      'GET /api/v1/nominations/{nominationId}/verdict': () => ({
        body: verdict({
          nominationState: 'NAMED',
          proposal: null,
          verdict: published,
          revisions: [published],
          allowedActions: ['CORRECT'],
          version: 2,
        }),
        headers: { ETag: '"2"' },
      }),
    });
    renderApp('/assessment/7/verdict');
    expect(
      await screen.findByText('结论已发布，不能修改；如有错误，请以新的文号更正。', undefined, {
        timeout: 15_000,
      }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: '确认结论' })).toBeNull();
    const history = screen.getByRole('region', { name: '修订记录' });
    expect(within(history).getByText('第 1 版')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '更正结论' }));
    const dialog = await dialogTitled('更正已发布的结论');
    expect(within(dialog).getByRole('textbox', { name: '更正原因' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '更正文号' })).toBeInTheDocument();
  });
});
