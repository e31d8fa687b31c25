import { Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { useNominationCounts } from '../api/countNominations';

/** A round's nominations counted by state, each count leading to the list filtered by it. */
export function NominationCounts({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { counts, error, refetch } = useNominationCounts(roundId);
  // The server counts what the caller may see; say what that is.
  const scope = me?.townshipName ?? me?.districtName ?? t('overview.currentRound.wholeCity');

  return (
    <section aria-labelledby="overview-nomination-counts">
      <Typography.Title level={3} id="overview-nomination-counts" style={{ fontSize: 15 }}>
        {t('overview.currentRound.nominations')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('overview.currentRound.scope', { scope })}
      </Typography.Paragraph>
      {error !== undefined ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          {counts.map(({ state, count, isPending }) => {
            const label = state
              ? t(`nominations.state.${state}`)
              : t('overview.currentRound.total');
            const to = `/nominations?round=${roundId}${state ? `&state=${state}` : ''}`;
            return (
              <Col key={state ?? 'all'} xs={12} sm={8} md={6} xl={3}>
                <Statistic
                  title={<Link to={to}>{label}</Link>}
                  value={count ?? '—'}
                  loading={isPending}
                />
              </Col>
            );
          })}
        </Row>
      )}
    </section>
  );
}
