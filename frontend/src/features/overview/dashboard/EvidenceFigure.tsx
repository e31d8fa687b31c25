import { Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { RoundDashboard } from '../../../lib/api/types';
import { ChartFigure } from './ChartFigure';
import { evidenceRows, percent, type EvidenceRow } from './figures';
import { StackedBars, type BarPart } from './StackedBars';
import { useDashboardText } from '../texts';

const ROW_HEIGHT = 28;

const PARTS = [
  { key: 'accepted', colour: '#389e0d', value: (r: EvidenceRow) => r.accepted },
  { key: 'approved', colour: '#1677ff', value: (r: EvidenceRow) => r.approved },
  { key: 'submitted', colour: '#91caff', value: (r: EvidenceRow) => r.submitted },
  { key: 'returned', colour: '#fa8c16', value: (r: EvidenceRow) => r.returned },
  { key: 'missing', colour: '#d9d9d9', value: (r: EvidenceRow) => r.missing },
] as const;

interface EvidenceFigureProps {
  dashboard: RoundDashboard;
  /** A district's dashboard: one bar per township instead of one per district. */
  perTownship: boolean;
}

/**
 * Standard-indicator evidence by the step each item has reached (accepted by the city, approved by
 * the district, submitted, returned, missing), per district for the city and per township for a
 * district; a bar leads to the district or the nomination.
 */
export function EvidenceFigure({ dashboard, perTownship }: EvidenceFigureProps) {
  const dt = useDashboardText();
  const navigate = useNavigate();
  const rows = evidenceRows(dashboard, perTownship);
  const { evidence } = dashboard;
  const parts: BarPart<EvidenceRow>[] = PARTS.map((p) => ({
    ...p,
    name: dt(`dashboard.evidence.${p.key}`),
  }));
  const unit = dt(perTownship ? 'dashboard.evidence.townships' : 'dashboard.evidence.districts');
  return (
    <ChartFigure
      title={dt('dashboard.evidence.title')}
      summary={dt('dashboard.evidence.summary', {
        count: rows.length,
        unit,
        total: evidence.standardTotal,
        submitted: evidence.submitted,
        percent: percent(evidence.submitted, evidence.standardTotal) ?? 0,
        approved: evidence.districtApproved,
        accepted: evidence.accepted,
        returned: evidence.returned,
        missing: evidence.missing,
      })}
      hint={dt(perTownship ? 'dashboard.evidence.hintTownship' : 'dashboard.evidence.hintDistrict')}
      chart={
        <StackedBars<EvidenceRow>
          rows={rows}
          label={(r) => r.name}
          rowHeight={ROW_HEIGHT}
          onPick={(row) => void navigate(row.to)}
          parts={parts}
        />
      }
      table={
        <Table<EvidenceRow>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          columns={[
            {
              key: 'name',
              title: unit,
              render: (_v, row) => <Link to={row.to}>{row.name}</Link>,
            },
            ...parts.map((p) => ({
              key: p.key,
              title: p.name,
              render: (_v: unknown, row: EvidenceRow) => p.value(row),
            })),
            {
              key: 'percent',
              title: dt('dashboard.evidence.percent'),
              render: (_v, row) =>
                row.percent === null
                  ? dt('dashboard.progress.none')
                  : dt('dashboard.evidence.percentValue', { percent: row.percent }),
            },
          ]}
        />
      }
    />
  );
}
