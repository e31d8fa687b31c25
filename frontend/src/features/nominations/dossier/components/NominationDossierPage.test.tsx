import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, testUser, type Handlers } from '../../../../testing/mockApi';
import {
  nominationVerdict,
  pensionItem,
  pensionMetric,
  verdictRevision,
} from '../../../../testing/fixtures';
import { renderApp } from '../../../../testing/render';
import { nomination, plan } from '../../testData';
import type { EvidenceOverview } from '../../../../lib/evidence/evidenceOverview';
import type { EvidenceItem, NominationVerdict, VerdictRevision } from '../api/types';

/** Indicator 15, accepted at 96.5 % with its attachment. */
function item(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return pensionItem({
    state: 'ACCEPTED',
    revision: 3,
    submittedRevision: 3,
    selfAssessment: 'MET',
    metrics: [pensionMetric({ value: 96.5, meetsThreshold: true })],
    allowedActions: [],
    attachments: [
      {
        id: 41,
        nominationId: 7,
        indicatorCode: '15',
        fileName: '参保统计表.pdf',
        contentType: 'application/pdf',
        sizeBytes: 1024,
        sha256: 'a'.repeat(64),
        uploadedAt: '2091-08-20T10:30:00+08:00',
        uploadedBy: '乡镇经办人',
        removedAt: null,
        removedBy: null,
      },
    ],
    ...overrides,
  });
}

function evidence(items: EvidenceItem[]): EvidenceOverview {
  return {
    nominationId: 7,
    roundId: 5,
    townshipId: 11,
    districtId: 1,
    completeness: {
      standardTotal: 17,
      saved: 2,
      submitted: 1,
      districtApproved: 1,
      accepted: 1,
      returned: 0,
      missing: ['1'],
    },
    items,
  };
}

/** A naming as proposed, published. */
function revision(overrides: Partial<VerdictRevision> = {}): VerdictRevision {
  return verdictRevision({
    proposedDecision: 'NAMED',
    overridden: false,
    justification: null,
    documentNumber: '扬人社发〔2091〕8号',
    status: 'PUBLISHED',
    confirmedAt: '2091-11-20T10:00:00+08:00',
    confirmedBy: '市级管理员',
    publishedAt: '2091-12-02T09:00:00+08:00',
    publishedBy: '市级管理员',
    ...overrides,
  });
}

function verdict(revisions: VerdictRevision[]): NominationVerdict {
  return nominationVerdict({
    nominationState: 'NAMED',
    verdict: revisions[0] ?? null,
    revisions,
    allowedActions: [],
    version: revisions.length,
  });
}

function mockDossier(overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: testUser({ role: 'DISTRICT_ADMIN', districtId: 1 }) }),
    'GET /api/v1/nominations/{nominationId}': () => ({
      body: nomination({ state: 'NAMED', allowedActions: [] }),
      headers: { ETag: '"3"' },
    }),
    'GET /api/v1/nominations/{nominationId}/plan': () => ({
      body: plan({ revision: 4, status: 'CHANGE_DRAFT', approvedRevision: 2, content: '草稿' }),
      headers: { ETag: '"4"' },
    }),
    'GET /api/v1/nominations/{nominationId}/plan/revisions/{revision}': ({ params }) => ({
      body: plan({
        revision: Number(params.revision),
        status: 'APPROVED',
        approvedRevision: 2,
        content: '## 建设内容\n\n- 建设零工市场',
      }),
    }),
    'GET /api/v1/nominations/{nominationId}/evidence': () => ({
      body: evidence([
        item(),
        item({
          indicatorCode: '1',
          title: '压实乡村振兴工作责任',
          state: 'DRAFT',
          revision: 0,
          selfAssessment: null,
          metrics: [],
          attachments: [],
        }),
        item({
          indicatorCode: 'B1',
          kind: 'BONUS',
          title: '省级以上表彰',
          state: 'SUBMITTED',
          metrics: [],
          attachments: [],
          bonus: { entries: [{ type: 'COMMENDATION', title: '先进集体' }] },
        }),
      ]),
    }),
    'GET /api/v1/nominations/{nominationId}/verdict': () => ({
      body: verdict([revision()]),
      headers: { ETag: '"1"' },
    }),
    ...overrides,
  });
}

describe('NominationDossierPage', () => {
  it('shows the basics, the approved plan (not the draft change), the evidence per indicator and the published verdict', async () => {
    const { calls } = mockDossier();
    renderApp('/nominations/7/dossier');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '东关街道 培育档案' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    for (const name of ['基本信息', '培育方案', '佐证材料', '考核结论']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    const planSection = screen.getByRole('region', { name: '培育方案' });
    expect(await within(planSection).findByText('已通过的方案：第 2 版')).toBeInTheDocument();
    expect(within(planSection).getByText('建设零工市场')).toBeInTheDocument();
    expect(within(planSection).queryByText('草稿')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.endsWith('/plan/revisions/2'))).toBe(true);

    const evidenceSection = screen.getByRole('region', { name: '佐证材料' });
    const standard = await within(evidenceSection).findByRole('table', { name: '考核指标' });
    const pension = within(standard).getByRole('row', { name: /精准实施全民参保计划/ });
    expect(within(pension).getByText('市级已采纳', { exact: false })).toBeInTheDocument();
    expect(within(pension).getByText('达到', { selector: 'td' })).toBeInTheDocument();
    expect(
      within(pension).getByText(/基本养老保险参保率：96\.5%（要求 >= 95%）/),
    ).toBeInTheDocument();
    expect(within(pension).getByText('参保统计表.pdf')).toBeInTheDocument();
    const unstarted = within(standard).getByRole('row', { name: /压实乡村振兴工作责任/ });
    expect(within(unstarted).getByText('未填写')).toBeInTheDocument();
    const bonus = within(evidenceSection).getByRole('table', { name: '加分项' });
    expect(within(bonus).getByText('1 项认定')).toBeInTheDocument();

    const verdictSection = screen.getByRole('region', { name: '考核结论' });
    expect(await within(verdictSection).findByText('扬人社发〔2091〕8号')).toBeInTheDocument();
  });

  it('says the verdict is not published while the city has only confirmed it', async () => {
    mockDossier({
      'GET /api/v1/nominations/{nominationId}/verdict': () => ({
        body: verdict([revision({ status: 'CONFIRMED', publishedAt: null, publishedBy: null })]),
        headers: { ETag: '"1"' },
      }),
    });
    renderApp('/nominations/7/dossier');
    const section = await screen.findByRole('region', { name: '考核结论' }, { timeout: 15_000 });
    expect(await within(section).findByText('考核结论尚未公布。')).toBeInTheDocument();
    expect(within(section).queryByText('扬人社发〔2091〕8号')).not.toBeInTheDocument();
  });

  it('prints from its print button', async () => {
    mockDossier();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderApp('/nominations/7/dossier');
    await userEvent.click(await screen.findByRole('button', { name: '打印' }, { timeout: 15_000 }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('is opened from the nomination page', async () => {
    mockDossier({
      'GET /api/v1/nominations/{nominationId}/plan/revisions': () => ({
        body: { items: [], page: 1, size: 10, total: 0 },
      }),
    });
    const app = renderApp('/nominations/7');
    await userEvent.click(
      await screen.findByRole('link', { name: '打印档案' }, { timeout: 15_000 }),
    );
    expect(app.location()).toBe('/nominations/7/dossier');
  });
});
