import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../../components/format';
import type { Plan } from '../../../../lib/api/types';
import { MarkdownView } from '../../../../components/MarkdownView';
import { MilestoneTimeline } from './MilestoneTimeline';
import { PlanProgressBar } from './PlanProgressBar';

/** Who saved which revision of the plan, and when (Beijing time). */
export function PlanSaved({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <p>
      {plan.revision === 0 || !plan.savedAt
        ? t('nominations.plan.neverSaved')
        : t('nominations.plan.savedInfo', {
            revision: plan.revision,
            by: plan.savedBy ?? '',
            at: formatShanghai(plan.savedAt),
          })}
    </p>
  );
}

/** The milestones' progress and timeline, under their own heading. */
export function PlanMilestones({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('nominations.plan.milestones')}
      </Typography.Title>
      {plan.milestones.length > 0 && <PlanProgressBar progress={plan.progress} />}
      <MilestoneTimeline milestones={plan.milestones} nominationId={plan.nominationId} />
    </>
  );
}

/** A plan read-only: for everyone who may not edit it, and for earlier revisions. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <>
      <PlanSaved plan={plan} />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'responsiblePerson',
            label: t('nominations.plan.responsiblePerson'),
            children: plan.responsiblePerson || t('nominations.plan.notGiven'),
          },
          {
            key: 'contactPhone',
            label: t('nominations.plan.contactPhone'),
            children: plan.contactPhone || t('nominations.plan.notGiven'),
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('nominations.plan.content')}
      </Typography.Title>
      {plan.content.trim() ? (
        <MarkdownView source={plan.content} startLevel={4} />
      ) : (
        <p>{t('nominations.plan.noContent')}</p>
      )}
      <PlanMilestones plan={plan} />
    </>
  );
}
