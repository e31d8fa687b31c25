import type { UseQueryResult } from '@tanstack/react-query';
import { Col, Row, Spin, Statistic, Typography } from 'antd';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { Panel } from '../../../components/Panel';
import { parseId } from '../../../components/parseId';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RoundSelector } from '../../../components/RoundSelector';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { overseesCity } from '../../../lib/auth/permissions';
import { pickRound, rememberRound } from '../../../lib/rounds/preferredRound';
import { useDistrictCount, useTownshipCount } from '../api/countRecords';
import { useRounds } from '../api/currentRound';
import { CurrentRoundCard } from './CurrentRoundCard';
import { RunningRounds } from './RunningRounds';
import { TownshipHome } from './TownshipHome';
import { useDashboardText } from '../texts';

// The charts library is loaded only when a dashboard is shown, never with the first screen.
const RoundDashboardView = lazy(() => import('../dashboard/RoundDashboardView'));

const ROUND_PARAM = 'round';

interface CountCardProps {
  title: string;
  query: UseQueryResult<number>;
  to: string;
  linkLabel: string;
}

function CountCard({ title, query, to, linkLabel }: CountCardProps) {
  return (
    <Panel>
      {query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Statistic title={title} value={query.data ?? '—'} loading={query.isPending} />
      )}
      <Link to={to}>{linkLabel}</Link>
    </Panel>
  );
}

function DivisionCounts() {
  const { t } = useTranslation();
  const districts = useDistrictCount();
  const countyLevel = useDistrictCount('COUNTY_LEVEL');
  const functionalZones = useDistrictCount('FUNCTIONAL_ZONE');
  const townships = useTownshipCount();
  return (
    <>
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
    </>
  );
}

/**
 * The home page: a chosen round (default the one last chosen, else the current one; every running
 * round reachable) with its dashboard for the city or the caller's district, or for a township
 * operator what is due next; then the administrative divisions' counts.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const dt = useDashboardText();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const rounds = useRounds();
  const items = rounds.data ?? [];
  const round = pickRound(items, parseId(params.get(ROUND_PARAM)));
  const township = me?.role === 'TOWNSHIP_OPERATOR';

  const select = useCallback(
    (id: number) => {
      rememberRound(id);
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(ROUND_PARAM, String(id));
        return next;
      });
    },
    [setParams],
  );

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        extra={
          items.length > 0 && (
            <RoundSelector
              rounds={items}
              value={round?.id}
              loading={rounds.isPending}
              onChange={select}
            />
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('overview.intro')}</Typography.Paragraph>
        <RunningRounds rounds={items} value={round?.id} onChange={select} />
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <CurrentRoundCard rounds={rounds} round={round} />
        </Col>
        {round && township && (
          <Col span={24}>
            <TownshipHome roundId={round.id} />
          </Col>
        )}
        {round && !township && round.state !== 'DRAFT' && (
          <Col span={24}>
            <Suspense fallback={<Spin description={dt('dashboard.loading')} />}>
              <RoundDashboardView roundId={round.id} district={!overseesCity(me?.role)} />
            </Suspense>
          </Col>
        )}
        {!township && <DivisionCounts />}
      </Row>
    </>
  );
}
