import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RoundDashboardTownship } from '../../../lib/api/types';
import { ChartFigure } from './ChartFigure';
import { EChart } from './EChart';
import { progressRows, type ProgressRow } from './figures';
import { useDashboardText } from '../texts';

const ROW_HEIGHT = 28;

/** Each township's milestones done, open on time and overdue; a bar leads to its nomination. */
export function ProgressFigure({ townships }: { townships: readonly RoundDashboardTownship[] }) {
  const { t } = useTranslation();
  const dt = useDashboardText();
  const navigate = useNavigate();
  const rows = progressRows(townships);
  const done = rows.reduce((n, r) => n + r.done, 0);
  const onTime = rows.reduce((n, r) => n + r.onTime, 0);
  const overdue = rows.reduce((n, r) => n + r.overdue, 0);
  const series = [
    { key: 'done', colour: '#52c41a', value: (r: ProgressRow) => r.done },
    { key: 'onTime', colour: '#1677ff', value: (r: ProgressRow) => r.onTime },
    { key: 'overdue', colour: '#ff4d4f', value: (r: ProgressRow) => r.overdue },
  ] as const;
  return (
    <ChartFigure
      title={dt('dashboard.progress.title')}
      summary={dt('dashboard.progress.summary', {
        count: rows.length,
        total: done + onTime + overdue,
        done,
        onTime,
        overdue,
      })}
      hint={dt('dashboard.progress.hint')}
      chart={
        <EChart
          height={Math.max(160, rows.length * ROW_HEIGHT + 60)}
          onPick={(index) => {
            const row = rows[index];
            if (row) void navigate(`/nominations/${String(row.nominationId)}`);
          }}
          option={{
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { bottom: 0 },
            grid: {
              left: 8,
              right: 16,
              top: 8,
              bottom: 32,
              outerBoundsMode: 'same',
              outerBoundsContain: 'axisLabel',
            },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.township) },
            series: series.map((s) => ({
              name: dt(`dashboard.progress.${s.key}`),
              type: 'bar' as const,
              stack: 'milestones',
              color: s.colour,
              cursor: 'pointer',
              data: rows.map(s.value),
            })),
          }}
        />
      }
      table={
        <Table<ProgressRow>
          size="small"
          rowKey="nominationId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          columns={[
            {
              key: 'township',
              title: dt('dashboard.progress.township'),
              render: (_v, row) => (
                <Link to={`/nominations/${String(row.nominationId)}`}>{row.township}</Link>
              ),
            },
            {
              key: 'state',
              title: dt('dashboard.progress.state'),
              render: (_v, row) => t(`nominations.state.${row.state}`),
            },
            ...series.map((s) => ({
              key: s.key,
              title: dt(`dashboard.progress.${s.key}`),
              render: (_v: unknown, row: ProgressRow) =>
                row.hasPlan ? s.value(row) : dt('dashboard.progress.none'),
            })),
            {
              key: 'next',
              title: dt('dashboard.progress.nextDue'),
              render: (_v, row) => {
                if (!row.hasPlan) return dt('dashboard.progress.noPlan');
                if (!row.nextDueOn) return dt('dashboard.progress.none');
                return dt('dashboard.progress.nextDueValue', {
                  date: row.nextDueOn,
                  deliverable: row.nextDeliverable ?? '',
                });
              },
            },
          ]}
        />
      }
    />
  );
}
