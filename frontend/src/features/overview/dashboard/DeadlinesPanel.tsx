import { Card, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineCountdown } from '../../../components/DeadlineCountdown';
import { formatShanghai } from '../../../components/format';
import { StatusTag } from '../../../components/StatusTag';
import type { RoundDashboard } from '../../../lib/api/types';
import { useDashboardText } from '../texts';

type PhaseRow = RoundDashboard['phases'][number];

/** The round's deadlines (passed or still ahead, with the time left) and what is overdue. */
export function DeadlinesPanel({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const dt = useDashboardText();
  const late = dashboard.townships.filter(
    (town) => town.state !== 'WITHDRAWN' && town.milestones.overdue > 0,
  );
  return (
    <Card
      className="dashboard-card"
      title={
        <Typography.Title level={3} className="card-heading">
          {dt('dashboard.deadlines.title')}
        </Typography.Title>
      }
    >
      <Table<PhaseRow>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={dashboard.phases}
        columns={[
          {
            key: 'phase',
            title: dt('dashboard.deadlines.phase'),
            render: (_v, row) => t(`rounds.phaseNames.${row.code}`),
          },
          {
            key: 'endsAt',
            title: dt('dashboard.deadlines.endsAt'),
            render: (_v, row) => formatShanghai(row.endsAt),
          },
          {
            key: 'status',
            title: dt('dashboard.deadlines.status'),
            render: (_v, row) =>
              row.passed ? (
                <StatusTag tone="neutral">{dt('dashboard.deadlines.passed')}</StatusTag>
              ) : (
                <DeadlineCountdown deadline={row.endsAt} />
              ),
          },
        ]}
      />
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
        {dt('dashboard.deadlines.overdueTitle')}
      </Typography.Title>
      {late.length === 0 ? (
        <Typography.Text type="secondary">{dt('dashboard.deadlines.noOverdue')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={late}
          renderItem={(town) => (
            <List.Item>
              <Link to={`/nominations/${String(town.nominationId)}`}>
                {dt('dashboard.deadlines.overdueItem', {
                  township: town.townshipName,
                  count: town.milestones.overdue,
                })}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
