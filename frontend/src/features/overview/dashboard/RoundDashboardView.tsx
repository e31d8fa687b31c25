import { Col, Empty, Flex, Row, Spin, Typography } from 'antd';
import { formatShanghai } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useRoundDashboard } from '../api/roundDashboard';
import { DeadlinesPanel } from './DeadlinesPanel';
import { EvidenceFigure } from './EvidenceFigure';
import { ProgressFigure } from './ProgressFigure';
import { QuotaFigure } from './QuotaFigure';
import { StatCards } from './StatCards';
import { StateFigure } from './StateFigure';
import { useDashboardText } from '../texts';

interface RoundDashboardViewProps {
  roundId: number;
  /** A district admin's dashboard: their own district (the server scopes it anyway). */
  district: boolean;
}

/**
 * A round's dashboard for the city or one district, from one statistics call: headline figures,
 * quota use, nominations by state, plan progress with judgements and verdicts, evidence
 * completeness and deadlines. Loaded with the charts library,
 * only where a dashboard is shown.
 */
export default function RoundDashboardView({ roundId, district }: RoundDashboardViewProps) {
  const dt = useDashboardText();
  const dashboard = useRoundDashboard(roundId);
  const title = dt(district ? 'dashboard.districtTitle' : 'dashboard.cityTitle');

  let body;
  if (dashboard.isError) {
    body = <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  } else if (dashboard.isPending) {
    body = <Spin description={dt('dashboard.loading')} />;
  } else {
    const data = dashboard.data;
    body = (
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">
          {dt('dashboard.asOf', { time: formatShanghai(data.asOf) })}
        </Typography.Text>
        <StatCards dashboard={data} />
        {data.townships.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={dt('dashboard.empty')} />
        )}
        <Row gutter={[16, 16]}>
          {!district && (
            <Col xs={24} xl={12}>
              <QuotaFigure districts={data.districts} />
            </Col>
          )}
          <Col xs={24} xl={12}>
            <StateFigure dashboard={data} />
          </Col>
          {data.townships.length > 0 && (
            <Col xs={24} xl={12}>
              <ProgressFigure townships={data.townships} />
            </Col>
          )}
          {data.townships.length > 0 && (
            <Col xs={24} xl={12}>
              <EvidenceFigure dashboard={data} perTownship={district} />
            </Col>
          )}
          <Col xs={24} xl={12}>
            <DeadlinesPanel dashboard={data} />
          </Col>
        </Row>
      </Flex>
    );
  }

  return (
    <section aria-labelledby="round-dashboard-title">
      <Typography.Title level={2} id="round-dashboard-title" className="section-heading">
        {title}
      </Typography.Title>
      {body}
    </section>
  );
}
