import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RoundDashboardDistrict } from '../../../lib/api/types';
import { ChartFigure } from './ChartFigure';
import { EChart } from './EChart';
import { quotaRows, type QuotaRow } from './figures';

const ROW_HEIGHT = 32;

/** Places used and free per district, as stacked bars; a bar leads to its district. */
export function QuotaFigure({ districts }: { districts: readonly RoundDashboardDistrict[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = quotaRows(districts);
  const used = rows.reduce((n, r) => n + r.used, 0);
  const quota = rows.reduce((n, r) => n + r.quota, 0);
  const open = (row: QuotaRow | undefined) => {
    if (row) void navigate(`/districts/${String(row.districtId)}`);
  };
  return (
    <ChartFigure
      title={t('overview.dashboard.quota.title')}
      summary={t('overview.dashboard.quota.summary', { count: rows.length, quota, used })}
      hint={t('overview.dashboard.quota.hint')}
      chart={
        <EChart
          height={Math.max(160, rows.length * ROW_HEIGHT + 60)}
          onPick={(index) => {
            open(rows[index]);
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
            yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
            series: [
              {
                name: t('overview.dashboard.quota.used'),
                type: 'bar',
                stack: 'places',
                color: '#1677ff',
                cursor: 'pointer',
                data: rows.map((r) => r.used),
              },
              {
                name: t('overview.dashboard.quota.free'),
                type: 'bar',
                stack: 'places',
                color: '#d6e4ff',
                cursor: 'pointer',
                data: rows.map((r) => r.free),
              },
            ],
          }}
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
              title: t('overview.dashboard.quota.district'),
              render: (_v, row) => (
                <Link to={`/districts/${String(row.districtId)}`}>{row.name}</Link>
              ),
            },
            { key: 'used', dataIndex: 'used', title: t('overview.dashboard.quota.used') },
            { key: 'quota', dataIndex: 'quota', title: t('overview.dashboard.quota.quota') },
            { key: 'free', dataIndex: 'free', title: t('overview.dashboard.quota.free') },
          ]}
        />
      }
    />
  );
}
