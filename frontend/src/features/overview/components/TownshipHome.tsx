import { Card, Descriptions, Empty, Flex, Progress, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineCountdown } from '../../../components/DeadlineCountdown';
import { formatShanghai } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusTag } from '../../../components/StatusTag';
import type { RoundDashboardTownship } from '../../../lib/api/types';
import { useRoundDashboard } from '../api/roundDashboard';

function DueNext({ town }: { town: RoundDashboardTownship }) {
  const { t } = useTranslation();
  const { milestones, nextDeadline } = town;
  const percent =
    milestones.total === 0 ? 0 : Math.round((milestones.done * 100) / milestones.total);
  return (
    <Flex vertical gap="small">
      <Link
        to={`/nominations/${String(town.nominationId)}`}
        style={{ fontSize: 16, fontWeight: 600 }}
      >
        {town.townshipName}
      </Link>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'state',
            label: t('overview.township.state'),
            children: t(`nominations.state.${town.state}`),
          },
          {
            key: 'deadline',
            label: t('overview.township.nextDeadline'),
            children: nextDeadline ? (
              <Flex wrap gap="small" align="center">
                <span>
                  {t('overview.township.deadlineValue', {
                    phase: t(`rounds.phaseNames.${nextDeadline.phase}`),
                    deadline: formatShanghai(nextDeadline.deadline),
                  })}
                  {nextDeadline.reopened && t('overview.township.reopened')}
                </span>
                <DeadlineCountdown deadline={nextDeadline.deadline} />
              </Flex>
            ) : (
              t('overview.township.allPassed')
            ),
          },
          {
            key: 'milestone',
            label: t('overview.township.nextMilestone'),
            children:
              milestones.planRevision === 0
                ? t('overview.township.noPlan')
                : milestones.nextDueOn
                  ? t('overview.township.milestoneValue', {
                      date: milestones.nextDueOn,
                      deliverable: milestones.nextDeliverable ?? '',
                    })
                  : t('overview.township.noMilestone'),
          },
          {
            key: 'overdue',
            label: t('overview.township.overdue'),
            children:
              milestones.overdue > 0 ? (
                <StatusTag tone="negative">
                  {t('overview.township.overdueValue', { count: milestones.overdue })}
                </StatusTag>
              ) : (
                t('overview.township.overdueValue', { count: 0 })
              ),
          },
          {
            key: 'progress',
            label: t('overview.township.progress'),
            children: (
              <Progress
                percent={percent}
                size="small"
                format={() => `${String(milestones.done)} / ${String(milestones.total)}`}
                aria-label={t('overview.township.progress')}
              />
            ),
          },
        ]}
      />
      <Link to={`/nominations/${String(town.nominationId)}`}>
        {t('overview.township.openPlan')}
      </Link>
    </Flex>
  );
}

/** A township operator's home: for their township's nomination in the round, what is due next. */
export function TownshipHome({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const dashboard = useRoundDashboard(roundId);
  let body;
  if (dashboard.isError) {
    body = <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  } else if (dashboard.isPending) {
    body = <Spin description={t('overview.dashboard.loading')} />;
  } else {
    const towns = dashboard.data.townships.filter((town) => town.state !== 'WITHDRAWN');
    body =
      towns.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.township.none')} />
      ) : (
        <Flex vertical gap="large">
          {towns.map((town) => (
            <DueNext key={town.nominationId} town={town} />
          ))}
        </Flex>
      );
  }
  return (
    <Card
      title={
        <Typography.Title level={2} className="card-heading">
          {t('overview.township.title')}
        </Typography.Title>
      }
    >
      {body}
    </Card>
  );
}
