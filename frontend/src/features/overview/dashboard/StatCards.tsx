import { Card, Col, Row, Statistic } from 'antd';
import type { RoundDashboard } from '../../../lib/api/types';
import { totals } from './figures';
import { useDashboardText } from '../texts';

/** The round's headline figures, each a stat card. */
export function StatCards({ dashboard }: { dashboard: RoundDashboard }) {
  const dt = useDashboardText();
  const sums = totals(dashboard);
  const cards = [
    {
      key: 'places',
      value: dt('dashboard.cards.placesValue', { used: sums.used, quota: sums.quota }),
    },
    { key: 'active', value: String(sums.active) },
    {
      key: 'milestones',
      value: dt('dashboard.cards.milestonesValue', {
        done: sums.done,
        total: sums.milestones,
      }),
    },
    { key: 'overdue', value: String(sums.overdue), alert: sums.overdue > 0 },
    {
      key: 'evidence',
      value:
        sums.evidencePercent === null
          ? dt('dashboard.progress.none')
          : dt('dashboard.evidence.percentValue', { percent: sums.evidencePercent }),
    },
    {
      key: 'verdicts',
      value: dt('dashboard.cards.verdictsValue', { published: sums.published, named: sums.named }),
    },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={12} lg={8} xxl={4}>
          <Card size="small" className="stat-card">
            <Statistic
              title={dt(`dashboard.cards.${card.key}`)}
              value={card.value}
              styles={'alert' in card && card.alert ? { content: { color: '#a8071a' } } : {}}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
