import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RoundDashboardTownship } from '../../../lib/api/types';
import { ChartFigure } from './ChartFigure';
import { StackedBars } from './StackedBars';
import { judgementsLabel, verdictLabel } from './verdictLabel';
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
  // Judgements and bonus items only once there are any the caller may see.
  const judged = rows.some((r) => r.judgements !== null);
  const recognised = rows.some((r) => (r.bonusRecognised ?? []).length > 0);
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
        <StackedBars<ProgressRow>
          rows={rows}
          label={(r) => r.township}
          rowHeight={ROW_HEIGHT}
          onPick={(row) => void navigate(`/nominations/${String(row.nominationId)}`)}
          parts={series.map((s) => ({ ...s, name: dt(`dashboard.progress.${s.key}`) }))}
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
            ...(judged
              ? [
                  {
                    key: 'judgements',
                    title: dt('dashboard.judgements.title'),
                    render: (_v: unknown, row: ProgressRow) => judgementsLabel(dt, row.judgements),
                  },
                ]
              : []),
            {
              key: 'verdict',
              title: dt('dashboard.verdict.title'),
              render: (_v, row) => verdictLabel(dt, row.verdict),
            },
            ...(recognised
              ? [
                  {
                    key: 'bonus',
                    title: dt('dashboard.bonus.title'),
                    render: (_v: unknown, row: ProgressRow) =>
                      row.bonusRecognised?.length
                        ? row.bonusRecognised.join(dt('dashboard.separator'))
                        : dt('dashboard.progress.none'),
                  },
                ]
              : []),
          ]}
        />
      }
    />
  );
}
