import { Descriptions, Empty, Flex, Spin } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/Panel';
import { DeadlineCountdown } from '../../../components/DeadlineCountdown';
import { formatShanghai } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import { useNow } from '../../../components/useNow';
import type { Round, RoundState } from '../../../lib/api/types';
import { NominationCounts } from './NominationCounts';
import { nextDeadline } from './nextDeadline';
import { useDashboardText } from '../texts';

const STATE_TONES: Record<RoundState, StatusTone> = {
  DRAFT: 'neutral',
  OPEN: 'positive',
  ASSESSMENT: 'info',
  CLOSED: 'neutral',
};

function NextDeadline({ round }: { round: Round }) {
  const { t } = useTranslation();
  const now = useNow();
  const next = nextDeadline(round.phases, now);
  if (!next) return <>{t('overview.currentRound.allPassed')}</>;
  return (
    <Flex wrap gap="small" align="center">
      <span>
        {t('overview.currentRound.deadlineOf', {
          phase: t(`rounds.phaseNames.${next.code}`),
          deadline: formatShanghai(next.endsAt),
        })}
      </span>
      <DeadlineCountdown deadline={next.endsAt} />
    </Flex>
  );
}

function RoundSummary({ round }: { round: Round }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="middle">
      <Link to={`/rounds/${round.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
        {round.name}
      </Link>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'state',
            label: t('overview.currentRound.state'),
            children: (
              <StatusTag tone={STATE_TONES[round.state]}>
                {t(`rounds.states.${round.state}`)}
              </StatusTag>
            ),
          },
          {
            key: 'deadline',
            label: t('overview.currentRound.nextDeadline'),
            children: <NextDeadline round={round} />,
          },
        ]}
      />
      <NominationCounts roundId={round.id} />
      <Link to={`/nominations?round=${round.id}`}>
        {t('overview.currentRound.viewNominations')}
      </Link>
    </Flex>
  );
}

interface RoundCardProps {
  /** The rounds query (for its loading and error states). */
  rounds: UseQueryResult<Round[]>;
  /** The round the overview shows (see pickRound), undefined while there is none. */
  round: Round | undefined;
}

/** The round the overview shows: its state, the next deadline, and where its nominations stand. */
export function CurrentRoundCard({ rounds, round }: RoundCardProps) {
  const { t } = useTranslation();
  const dt = useDashboardText();

  let body;
  if (rounds.isError) {
    body = <ProblemAlert error={rounds.error} onRetry={() => void rounds.refetch()} />;
  } else if (rounds.isPending) {
    body = <Spin description={t('common.loading')} />;
  } else if (!round) {
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.currentRound.none')}>
        <Link to="/rounds">{t('overview.currentRound.viewRounds')}</Link>
      </Empty>
    );
  } else {
    body = <RoundSummary round={round} />;
  }

  return (
    <Panel
      title={round && !round.current ? dt('round.selectedTitle') : t('overview.currentRound.title')}
    >
      {body}
    </Panel>
  );
}
