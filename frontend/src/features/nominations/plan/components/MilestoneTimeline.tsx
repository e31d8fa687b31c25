import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../../../components/StatusTag';
import type { Milestone } from '../../../../lib/api/types';
import { MilestoneStatusTag } from '../../../../components/MilestoneStatusTag';

// The dot's colour repeats what the tags say in words; it is decoration only.
const DOT = { DONE: '#389e0d', IN_PROGRESS: '#0958d9', PLANNED: '#8c8c8c', overdue: '#cf1322' };

/**
 * The milestones in date order as a timeline; overdue ones are marked in words and red. Each links
 * to the evidence that proves it.
 */
export function MilestoneTimeline({
  milestones,
  nominationId,
}: {
  milestones: readonly Milestone[];
  nominationId: number;
}) {
  const { t } = useTranslation();
  if (milestones.length === 0) return <p>{t('nominations.plan.noMilestones')}</p>;
  return (
    <ol
      aria-label={t('nominations.plan.timeline')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {milestones.map((m, index) => (
        <li
          key={`${m.dueOn}-${index}`}
          style={{
            position: 'relative',
            marginLeft: 6,
            padding: '0 0 16px 20px',
            borderLeft:
              index < milestones.length - 1 ? '2px solid #d9d9d9' : '2px solid transparent',
          }}
        >
          <span
            aria-hidden
            style={{
              position: 'absolute',
              left: -7,
              top: 4,
              width: 12,
              height: 12,
              borderRadius: '50%',
              background: m.overdue ? DOT.overdue : DOT[m.status],
            }}
          />
          <Flex wrap gap={8} align="center">
            <strong>{m.dueOn}</strong>
            <MilestoneStatusTag status={m.status} />
            {m.overdue && <StatusTag tone="negative">{t('nominations.plan.overdue')}</StatusTag>}
          </Flex>
          <div>{m.deliverable}</div>
          {m.completionNote && (
            <div>{t('nominations.plan.completionNoteValue', { note: m.completionNote })}</div>
          )}
          {m.evidence.length > 0 && (
            <Flex wrap gap={8} align="center">
              <span>{t('nominations.plan.evidenceLinks')}</span>
              {m.evidence.map((code) => (
                <Link
                  key={code}
                  to={`/nominations/${String(nominationId)}/evidence/${encodeURIComponent(code)}`}
                >
                  {t('nominations.plan.evidenceLink', { code })}
                </Link>
              ))}
            </Flex>
          )}
        </li>
      ))}
    </ol>
  );
}
