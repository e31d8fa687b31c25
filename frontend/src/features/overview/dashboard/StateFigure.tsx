import { Table } from 'antd';
import type { FunnelSeriesOption } from 'echarts/charts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RoundDashboard } from '../../../lib/api/types';
import { ChartFigure } from './ChartFigure';
import { EChart } from './EChart';
import { stateRows, type StateRow } from './figures';
import { useDashboardText } from '../texts';

const STEP_COLOURS = ['#91caff', '#69b1ff', '#4096ff', '#1677ff', '#389e0d', '#8c8c8c'];

/** Nominations per state as a funnel from nominated to named; a step leads to the filtered list. */
export function StateFigure({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const dt = useDashboardText();
  const navigate = useNavigate();
  const { steps, withdrawn } = stateRows(dashboard);
  const total = steps.reduce((n, s) => n + s.count, 0);
  const listOf = (state: string) =>
    `/nominations?round=${String(dashboard.roundId)}&state=${state}`;
  const label = (row: StateRow) => t(`nominations.state.${row.state}`);
  const parts = steps
    .filter((s) => s.count > 0)
    .map((s) => dt('dashboard.funnel.part', { state: label(s), count: s.count }))
    .join(dt('dashboard.separator'));
  const summary =
    dt('dashboard.funnel.summary', { total, parts: parts || '—' }) +
    (withdrawn > 0 ? ` ${dt('dashboard.funnel.withdrawn', { count: withdrawn })}` : '');
  const funnel: FunnelSeriesOption = {
    type: 'funnel',
    sort: 'none',
    left: 8,
    right: 8,
    top: 8,
    bottom: 8,
    minSize: '12%',
    cursor: 'pointer',
    label: { show: true, position: 'inside', formatter: '{b} {c}', color: '#fff' },
    data: steps.map((s, i) => ({
      name: label(s),
      value: s.count,
      itemStyle: { color: STEP_COLOURS[i] },
    })),
  };
  return (
    <ChartFigure
      title={dt('dashboard.funnel.title')}
      summary={summary}
      chart={
        <EChart
          height={260}
          onPick={(index) => {
            const step = steps[index];
            if (step) void navigate(listOf(step.state));
          }}
          option={{
            tooltip: { trigger: 'item', formatter: '{b}: {c}' },
            series: [funnel],
          }}
        />
      }
      table={
        <Table<StateRow>
          size="small"
          rowKey="state"
          pagination={false}
          dataSource={steps}
          columns={[
            {
              key: 'state',
              title: dt('dashboard.funnel.state'),
              render: (_v, row) => <Link to={listOf(row.state)}>{label(row)}</Link>,
            },
            { key: 'count', dataIndex: 'count', title: dt('dashboard.funnel.count') },
          ]}
        />
      }
    />
  );
}
