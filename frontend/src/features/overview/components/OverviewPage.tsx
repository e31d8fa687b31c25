import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDistrictCount, useTownshipCount } from '../api/countRecords';
import { CurrentRoundCard } from './CurrentRoundCard';

interface CountCardProps {
  title: string;
  query: UseQueryResult<number>;
  to: string;
  linkLabel: string;
}

function CountCard({ title, query, to, linkLabel }: CountCardProps) {
  return (
    <Card>
      {query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Statistic title={title} value={query.data ?? '—'} loading={query.isPending} />
      )}
      <Link to={to}>{linkLabel}</Link>
    </Card>
  );
}

/**
 * The current round at a glance, then counts read from the API, each linking to where that kind
 * of record is managed.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const districts = useDistrictCount();
  const countyLevel = useDistrictCount('COUNTY_LEVEL');
  const functionalZones = useDistrictCount('FUNCTIONAL_ZONE');
  const townships = useTownshipCount();

  return (
    <>
      <PageHeader title={t('overview.title')}>
        <Typography.Paragraph type="secondary">{t('overview.intro')}</Typography.Paragraph>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <CurrentRoundCard />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('overview.districts')}
            query={districts}
            to="/districts"
            linkLabel={t('overview.viewDistricts')}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('overview.countyLevel')}
            query={countyLevel}
            to="/districts?kind=COUNTY_LEVEL"
            linkLabel={t('overview.viewCountyLevel')}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('overview.functionalZones')}
            query={functionalZones}
            to="/districts?kind=FUNCTIONAL_ZONE"
            linkLabel={t('overview.viewFunctionalZones')}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('overview.townships')}
            query={townships}
            to="/townships"
            linkLabel={t('overview.viewTownships')}
          />
        </Col>
      </Row>
    </>
  );
}
