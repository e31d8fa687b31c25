import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineCountdown } from '../../../components/DeadlineCountdown';
import { formatShanghai } from '../../../components/format';
import { StatusTag } from '../../../components/StatusTag';
import { useNow } from '../../../components/useNow';
import type { Nomination } from '../../../lib/api/types';
import { nextDeadline } from './deadlines';

/** The deadline that matters next for a nomination, compact for a table cell. */
export function NextDeadline({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const now = useNow();
  const deadline = nextDeadline(nomination.deadlines, nomination.state, now);
  if (!deadline) return <>{t('nominations.noDeadline')}</>;
  return (
    <Flex vertical gap={2}>
      <span>
        {t('nominations.deadlineOf', { phase: t(`nominations.phase.${deadline.phase}`) })}
        {formatShanghai(deadline.deadline)}
      </span>
      <Flex wrap gap={4}>
        <DeadlineCountdown deadline={deadline.deadline} />
        {deadline.reopened && <StatusTag tone="info">{t('nominations.reopened')}</StatusTag>}
      </Flex>
    </Flex>
  );
}
