import { Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../../components/StatusTag';
import { usePlan } from '../../../lib/plans/getPlan';
import { MilestoneStatusTag } from '../../../components/MilestoneStatusTag';

/**
 * The milestones of the cultivation plan that this indicator's evidence proves (the plan names
 * them), each with its date and status, leading back to the plan. Nothing when none does, or when
 * the plan cannot be read.
 */
export function ProvedMilestones({
  nominationId,
  indicatorCode,
}: {
  nominationId: number;
  indicatorCode: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const plan = usePlan(nominationId);
  const milestones =
    plan.data?.value.milestones.filter((m) => m.evidence.includes(indicatorCode)) ?? [];
  if (milestones.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 16 }}>
        {t('evidence.milestones.title')}
      </Typography.Title>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {milestones.map((m, index) => (
          <li key={`${m.dueOn}-${String(index)}`}>
            <Flex wrap gap={8} align="center">
              <strong>{m.dueOn}</strong>
              <MilestoneStatusTag status={m.status} />
              {m.overdue && <StatusTag tone="negative">{t('nominations.plan.overdue')}</StatusTag>}
              <span>{m.deliverable}</span>
            </Flex>
          </li>
        ))}
      </ul>
      <Link to={`/nominations/${String(nominationId)}#plan`}>
        {t('evidence.milestones.toPlan')}
      </Link>
    </section>
  );
}
