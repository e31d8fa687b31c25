import { Descriptions, Empty, Flex, Progress, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/Panel';
import { DeadlineCountdown } from '../../../components/DeadlineCountdown';
import { formatShanghai } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusTag } from '../../../components/StatusTag';
import type { RoundDashboardTownship } from '../../../lib/api/types';
import { useRoundDashboard } from '../api/roundDashboard';
import { verdictLabel } from '../dashboard/verdictLabel';
import { useDashboardText } from '../texts';

function DueNext({ town }: { town: RoundDashboardTownship }) {
  const { t } = useTranslation();
  const dt = useDashboardText();
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
            label: dt('township.state'),
            children: t(`nominations.state.${town.state}`),
          },
          {
            key: 'deadline',
            label: dt('township.nextDeadline'),
            children: nextDeadline ? (
              <Flex wrap gap="small" align="center">
                <span>
                  {dt('township.deadlineValue', {
                    phase: t(`rounds.phaseNames.${nextDeadline.phase}`),
                    deadline: formatShanghai(nextDeadline.deadline),
                  })}
                  {nextDeadline.reopened && dt('township.reopened')}
                </span>
                <DeadlineCountdown deadline={nextDeadline.deadline} />
              </Flex>
            ) : (
              dt('township.allPassed')
            ),
          },
          {
            key: 'milestone',
            label: dt('township.nextMilestone'),
            children:
              milestones.planRevision === 0
                ? dt('township.noPlan')
                : milestones.nextDueOn
                  ? dt('township.milestoneValue', {
                      date: milestones.nextDueOn,
                      deliverable: milestones.nextDeliverable ?? '',
                    })
                  : dt('township.noMilestone'),
          },
          {
            key: 'overdue',
            label: dt('township.overdue'),
            children:
              milestones.overdue > 0 ? (
                <StatusTag tone="negative">
                  {dt('township.overdueValue', { count: milestones.overdue })}
                </StatusTag>
              ) : (
                dt('township.overdueValue', { count: 0 })
              ),
          },
          {
            key: 'evidence',
            label: dt('township.evidence'),
            children: town.evidence
              ? dt('township.evidenceValue', {
                  submitted: town.evidence.submitted,
                  total: town.evidence.standardTotal,
                  accepted: town.evidence.accepted,
                  missing: town.evidence.missing,
                })
              : dt('dashboard.progress.none'),
          },
          {
            key: 'verdict',
            label: dt('dashboard.verdict.title'),
            children: verdictLabel(dt, town.verdict),
          },
          {
            key: 'progress',
            label: dt('township.progress'),
            children: (
              <Progress
                percent={percent}
                size="small"
                format={() => `${String(milestones.done)} / ${String(milestones.total)}`}
                aria-label={dt('township.progress')}
              />
            ),
          },
        ]}
      />
      <Link to={`/nominations/${String(town.nominationId)}`}>{dt('township.openPlan')}</Link>
    </Flex>
  );
}

/** A township operator's home: for their township's nomination in the round, what is due next. */
export function TownshipHome({ roundId }: { roundId: number }) {
  const dt = useDashboardText();
  const dashboard = useRoundDashboard(roundId);
  let body;
  if (dashboard.isError) {
    body = <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  } else if (dashboard.isPending) {
    body = <Spin description={dt('dashboard.loading')} />;
  } else {
    const towns = dashboard.data.townships.filter((town) => town.state !== 'WITHDRAWN');
    body =
      towns.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={dt('township.none')} />
      ) : (
        <Flex vertical gap="large">
          {towns.map((town) => (
            <DueNext key={town.nominationId} town={town} />
          ))}
        </Flex>
      );
  }
  return <Panel title={dt('township.title')}>{body}</Panel>;
}
