import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { round, roundDistrict } from '../../../testing/fixtures';
import { mockApi } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { revision, verdictRow } from '../testData';

const confirmed = [
  verdictRow({ verdict: revision() }),
  verdictRow({
    nominationId: 8,
    townshipId: 12,
    townshipCode: '321002002',
    townshipName: '湾头镇',
    verdict: revision({ decision: 'NOT_NAMED', documentNumber: null, documentDate: null }),
  }),
];

/** Round 5 and its two confirmed verdicts, as the publication page reads them. */
const roundWithConfirmedVerdicts = {
  'GET /api/v1/rounds': () => ({
    body: { items: [round({ id: 5 })], page: 1, size: 100, total: 1 },
  }),
  'GET /api/v1/rounds/{roundId}/districts': () => ({ body: [roundDistrict()] }),
  'GET /api/v1/rounds/{roundId}/verdicts': () => ({ body: { roundId: 5, items: confirmed } }),
} as const;

describe('publication', () => {
  it('lists exactly what the server would publish, then publishes it', async () => {
    const { calls } = mockApi({
      ...roundWithConfirmedVerdicts,
      'POST /api/v1/rounds/{roundId}/verdicts/publish': ({ url, body }) => ({
        body: {
          roundId: 5,
          dryRun: url.searchParams.get('dryRun') === 'true',
          items: (body.nominationIds ?? [7]).map((id) => ({
            nominationId: id,
            townshipCode: '321002001',
            townshipName: '东关街道',
            districtName: '广陵区',
            decision: 'NAMED' as const,
            documentNumber: '扬人社发〔2091〕88号',
            documentDate: '2091-12-01',
            proposalChanged: false,
            currentProposal: 'NAMED' as const,
          })),
        },
      }),
    });
    const { container } = renderApp('/assessment/publication?roundId=5');
    await screen.findByText('湾头镇', undefined, { timeout: 15_000 });
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 东关街道' }));
    await userEvent.click(screen.getByRole('button', { name: '发布所选（1）' }));

    const dialog = await dialogTitled('发布考核验收结果');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['东关街道（广陵区）· 命名为基地 · 扬人社发〔2091〕88号']);
    const [preview] = calls.filter((c) => c.method === 'POST');
    expect(preview!.url.searchParams.get('dryRun')).toBe('true');
    expect(preview!.body).toEqual({ nominationIds: [7] });
    await expectNoSeriousA11yViolations(container);

    await userEvent.click(within(dialog).getByRole('button', { name: '发布 1 项' }));
    expect(await screen.findByText('已发布 1 项结论')).toBeInTheDocument();
    const publish = calls.filter((c) => c.method === 'POST')[1]!;
    expect(publish.url.searchParams.get('dryRun')).toBe('false');
    expect(publish.body).toEqual({ nominationIds: [7] });
  });

  it('leaves out, and names, a verdict whose proposal changed since it was confirmed', async () => {
    const { calls } = mockApi({
      ...roundWithConfirmedVerdicts,
      'POST /api/v1/rounds/{roundId}/verdicts/publish': ({ url, body }) => ({
        body: {
          roundId: 5,
          dryRun: url.searchParams.get('dryRun') === 'true',
          items: (body.nominationIds?.length ? body.nominationIds : [7, 8]).map((id) => ({
            nominationId: id,
            townshipCode: id === 7 ? '321002001' : '321002002',
            townshipName: id === 7 ? '东关街道' : '湾头镇',
            districtName: '广陵区',
            decision: 'NAMED' as const,
            documentNumber: null,
            documentDate: null,
            proposalChanged: id === 8,
            currentProposal: id === 8 ? ('NOT_NAMED' as const) : ('NAMED' as const),
          })),
        },
      }),
    });
    renderApp('/assessment/publication?roundId=5');
    await screen.findByText('湾头镇', undefined, { timeout: 15_000 });
    await userEvent.click(screen.getByRole('button', { name: '全部发布' }));

    const dialog = await dialogTitled('发布考核验收结果');
    expect(within(dialog).getByText(/须重新确认后才能发布/)).toBeInTheDocument();
    expect(
      within(dialog).getByText(/湾头镇（广陵区）· 已确认：命名为基地 · 当前建议：/),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '发布 1 项' }));
    expect(await screen.findByText('已发布 1 项结论')).toBeInTheDocument();
    const publish = calls.filter((c) => c.method === 'POST')[1]!;
    expect(publish.body).toEqual({ nominationIds: [7] });
  });
});
