import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineCountdown } from '../../../components/DeadlineCountdown';
import { formatShanghai } from '../../../components/format';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import { useNow } from '../../../components/useNow';
import type { Phase } from '../../../lib/api/types';
import { inProgrammeOrder, phaseStatus, type PhaseStatus } from './phaseStatus';

const LOOK: Record<PhaseStatus, { color: string; tone: StatusTone }> = {
  done: { color: 'gray', tone: 'neutral' },
  current: { color: 'blue', tone: 'positive' },
  upcoming: { color: 'gray', tone: 'info' },
};

/**
 * The round's five phases in programme order: each one's dates in Beijing time, whether it is
 * over, under way or to come, and the time left until its deadline.
 */
export function PhaseTimeline({ phases }: { phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Timeline
      items={inProgrammeOrder(phases).map((phase) => {
        const status = phaseStatus(phase, now);
        return {
          key: phase.code,
          color: LOOK[status].color,
          content: (
            <div aria-current={status === 'current' ? 'step' : undefined}>
              <Flex wrap gap="small" align="center">
                <Typography.Text strong>{t(`rounds.phaseNames.${phase.code}`)}</Typography.Text>
                <StatusTag tone={LOOK[status].tone}>{t(`rounds.phaseStatus.${status}`)}</StatusTag>
              </Flex>
              <div>
                {t('rounds.phaseRange', {
                  start: formatShanghai(phase.startsAt),
                  end: formatShanghai(phase.endsAt),
                })}
              </div>
              <Flex wrap gap="small" align="center">
                <span>{t('rounds.deadline', { time: formatShanghai(phase.endsAt) })}</span>
                <DeadlineCountdown deadline={phase.endsAt} />
              </Flex>
            </div>
          ),
        };
      })}
    />
  );
}
