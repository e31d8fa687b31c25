import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import type { AuditEvent } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { mockApi } from '../../../testing/mockApi';
import { renderApp } from '../../../testing/render';
import { changedFields } from './auditDiff';

// The first render of the page loads antd's table; slow on a loaded machine.
const SLOW = { timeout: 15_000 };

const DISTRICT_CHANGE: AuditEvent = {
  id: 41,
  at: '2093-03-01T02:05:00Z',
  actorType: 'USER',
  actorName: 'admin',
  action: 'DISTRICT_UPDATED',
  entityType: 'DISTRICT',
  entityId: '7',
  before: {
    id: 7,
    name: '广陵区',
    kind: 'COUNTY_LEVEL',
    version: 1,
    updatedAt: '2093-02-01T00:00:00Z',
  },
  after: {
    id: 7,
    name: '广陵区（新）',
    kind: 'FUNCTIONAL_ZONE',
    version: 2,
    updatedAt: '2093-03-01T02:05:00Z',
  },
  clientAddress: '10.0.0.8',
  requestId: 'req-1',
};

const EVENTS: AuditEvent[] = [
  DISTRICT_CHANGE,
  {
    id: 40,
    at: '2093-03-01T01:00:00Z',
    actorType: 'SYSTEM',
    actorName: 'demo',
    action: 'NOMINATION_SEEDED',
    entityType: 'NOMINATION',
    entityId: '3',
    before: null,
    after: { state: 'IN_PROGRESS', provincialCandidate: true, createdAt: '2093-02-28T16:30:00Z' },
  },
  {
    id: 39,
    at: '2093-03-01T00:00:00Z',
    actorType: 'USER',
    actorName: 'someone',
    action: 'SOMETHING_NEW',
    entityType: 'GADGET',
    entityId: '1',
  },
];

function serve() {
  return mockApi({
    'GET /api/v1/audit-events': () => ({
      body: { items: EVENTS, page: 1, size: 20, total: EVENTS.length },
    }),
  });
}

describe('audit details', () => {
  it('lists only the fields that changed, leaving out version bookkeeping', () => {
    expect(changedFields(DISTRICT_CHANGE.before, DISTRICT_CHANGE.after)).toEqual({
      changes: [
        { field: 'name', before: '广陵区', after: '广陵区（新）' },
        { field: 'kind', before: 'COUNTY_LEVEL', after: 'FUNCTIONAL_ZONE' },
      ],
      unchanged: 1,
    });
  });

  it('lists every field of a one-sided event', () => {
    expect(changedFields(null, { sessionId: 'abc' }).changes).toEqual([
      { field: 'sessionId', before: undefined, after: 'abc' },
    ]);
  });
});

describe('AuditLogPage', () => {
  it('names actions and object types in Chinese, falling back to an unknown code itself', async () => {
    serve();
    renderApp('/audit');
    const table = await screen.findByRole('table', {}, SLOW);
    expect(await within(table).findByText('修改县市区')).toBeVisible();
    expect(within(table).getByText('导入示例创建对象')).toBeVisible();
    expect(within(table).getAllByText('创建对象').length).toBeGreaterThan(0);
    expect(within(table).getByText('SOMETHING_NEW')).toBeVisible();
    expect(within(table).getByText('GADGET')).toBeVisible();
    expect(within(table).queryByText('DISTRICT_UPDATED')).not.toBeInTheDocument();
  });

  it('shows a change as translated before → after fields in Beijing time, not JSON', async () => {
    serve();
    renderApp('/audit');
    const user = userEvent.setup();
    const expanders = await screen.findAllByRole('button', { name: /展开/ }, SLOW);
    await user.click(expanders[0]!);
    const details = await screen.findByText('变更内容');
    const panel = details.closest<HTMLElement>('.audit-change')!;
    const rows = within(within(panel).getAllByRole('table').at(-1)!).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '字段变更前变更后',
      '名称广陵区广陵区（新）',
      '类型县（市、区）功能区',
    ]);
    expect(within(panel).getByText(/其余 1 项未变/)).toBeVisible();
    expect(panel.textContent).not.toContain('{');

    await user.click(expanders[1]!);
    const seeded = (await screen.findAllByText('变更内容'))[1]!.closest<HTMLElement>(
      '.audit-change',
    )!;
    // One-sided: a field column and the values, a time in Beijing time (16:30 UTC is 00:30).
    expect(within(seeded).getByText('培育中')).toBeVisible();
    expect(within(seeded).getByText('是')).toBeVisible();
    expect(within(seeded).getByText('2093-03-01 00:30')).toBeVisible();
    await expectNoSeriousA11yViolations();
  });

  it('says the same in English', async () => {
    serve();
    await i18n.changeLanguage('en');
    renderApp('/audit');
    const table = await screen.findByRole('table', {}, SLOW);
    expect(await within(table).findByText('District changed')).toBeVisible();
    expect(within(table).getByText('Sample nomination loaded')).toBeVisible();
  });
});
