import { Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { RoundDashboardDistrict } from '../../../lib/api/types';
import { ChartFigure } from './ChartFigure';
import { StackedBars } from './StackedBars';
import { quotaRows, type QuotaRow } from './figures';
import { useDashboardText } from '../texts';

const ROW_HEIGHT = 32;

/** Places used and free per district, as stacked bars; a bar leads to its district. */
export function QuotaFigure({ districts }: { districts: readonly RoundDashboardDistrict[] }) {
  const dt = useDashboardText();
  const navigate = useNavigate();
  const rows = quotaRows(districts);
  const used = rows.reduce((n, r) => n + r.used, 0);
  const quota = rows.reduce((n, r) => n + r.quota, 0);
  const open = (row: QuotaRow) => {
    void navigate(`/districts/${String(row.districtId)}`);
  };
  return (
    <ChartFigure
      title={dt('dashboard.quota.title')}
      summary={dt('dashboard.quota.summary', { count: rows.length, quota, used })}
      hint={dt('dashboard.quota.hint')}
      chart={
        <StackedBars<QuotaRow>
          rows={rows}
          label={(r) => r.name}
          rowHeight={ROW_HEIGHT}
          onPick={open}
          parts={[
            {
              key: 'used',
              name: dt('dashboard.quota.used'),
              colour: '#1677ff',
              value: (r) => r.used,
            },
            {
              key: 'free',
              name: dt('dashboard.quota.free'),
              colour: '#d6e4ff',
              value: (r) => r.free,
            },
          ]}
        />
      }
      table={
        <Table<QuotaRow>
          size="small"
          rowKey="districtId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          columns={[
            {
              key: 'name',
              title: dt('dashboard.quota.district'),
              render: (_v, row) => (
                <Link to={`/districts/${String(row.districtId)}`}>{row.name}</Link>
              ),
            },
            { key: 'used', dataIndex: 'used', title: dt('dashboard.quota.used') },
            { key: 'quota', dataIndex: 'quota', title: dt('dashboard.quota.quota') },
            { key: 'free', dataIndex: 'free', title: dt('dashboard.quota.free') },
          ]}
        />
      }
    />
  );
}
