import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dialogTitled } from '../../../testing/antd';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { township } from '../../../testing/fixtures';
import { mockApi, testUser, type RecordedRequest } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import type { Title } from '../api/townshipHistory';

const title: Title = {
  id: 3,
  townshipId: 11,
  townshipCode: '321002001',
  townshipName: '东关街道',
  districtId: 1,
  districtName: '广陵区',
  roundId: 5,
  roundYear: 2091,
  nominationId: 7,
  documentNumber: '扬人社发〔2091〕88号',
  namedOn: '2091-12-01',
  state: 'ACTIVE',
  revokedOn: null,
  revocationReason: null,
  revocationDocumentNumber: null,
  revokedBy: null,
};

function mockHistory(me = testUser()) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: me }),
    'GET /api/v1/townships/{townshipId}': () => ({ body: township() }),
    'GET /api/v1/townships/{townshipId}/history': () => ({
      body: {
        townshipId: 11,
        townshipCode: '321002001',
        townshipName: '东关街道',
        districtId: 1,
        districtName: '广陵区',
        rounds: [
          {
            roundId: 5,
            roundYear: 2091,
            nominationId: 7,
            nominationState: 'NAMED',
            provincialCandidate: false,
            verdicts: [],
          },
        ],
        titles: [title],
      },
    }),
    'POST /api/v1/titles/{titleId}/revoke': () => ({ body: { ...title, state: 'REVOKED' } }),
  });
}

const posts = (calls: RecordedRequest[]) => calls.filter((c) => c.method === 'POST');

describe('a township’s history', () => {
  it('lists its nominations and titles, and the city admin revokes a title after confirming', async () => {
    const { calls } = mockHistory();
    const { container } = renderApp('/townships/11');
    const history = await screen.findByRole('region', { name: '历年记录' }, { timeout: 15_000 });
    expect(await within(history).findByText('2091 年度：已命名')).toBeInTheDocument();
    expect(within(history).getByText('扬人社发〔2091〕88号 · 2091-12-01')).toBeInTheDocument();
    await expectNoSeriousA11yViolations(container);

    await userEvent.click(within(history).getByRole('button', { name: '撤销称号' }));
    const dialog = await dialogTitled('撤销基地称号');
    await userEvent.click(within(dialog).getByRole('button', { name: '撤销称号' }));
    expect(await within(dialog).findByText('请填写撤销原因')).toBeVisible();
    expect(posts(calls)).toHaveLength(0);
    await userEvent.type(within(dialog).getByRole('textbox', { name: '撤销文号' }), '扬人社2092号');
    expect(await within(dialog).findByText(/文号格式不正确/)).toBeVisible();
  });

  it('offers no revocation to a district admin', async () => {
    mockHistory(testUser({ role: 'DISTRICT_ADMIN', districtId: 1, districtName: '广陵区' }));
    renderApp('/townships/11');
    const history = await screen.findByRole('region', { name: '历年记录' }, { timeout: 15_000 });
    await within(history).findByText('2091 年度：已命名');
    expect(within(history).queryByRole('button', { name: '撤销称号' })).toBeNull();
  });
});
