import { Flex, Spin, Typography } from 'antd';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import type { Nomination } from '../../../../lib/api/types';
import { usePlan } from '../../../../lib/plans/getPlan';
import { PlanEditor } from './PlanEditor';
import { PlanReviewPanel, reviewActionsOf } from './PlanReviewPanel';
import { PlanRevisions } from './PlanRevisions';
import { PlanStatusNote } from './PlanStatusNote';
import { PlanStatusTag } from './PlanStatusTag';
import { PlanMilestones, PlanSaved, PlanView } from './PlanView';

interface PlanSectionProps {
  nomination: Nomination;
  /** The nomination's ETag, which a review decision sends in If-Match. */
  etag: string | undefined;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The cultivation plan (培育工作实施方案): the review panel when the caller decides on it, its
 * editor when the caller may edit it (the server's EDIT_PLAN), else read-only.
 */
export function PlanSection({ nomination, etag, onDirtyChange }: PlanSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const nominationId = nomination.id;
  const plan = usePlan(nominationId);
  const editable = nomination.allowedActions.includes('EDIT_PLAN');
  const reviewing = reviewActionsOf(nomination).length > 0;
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  const loaded = plan.isSuccess;
  // `#plan` (from an evidence item's milestones) brings the plan into view once it has loaded.
  useEffect(() => {
    if (hash === '#plan' && loaded) section.current?.scrollIntoView();
  }, [hash, loaded]);

  return (
    <section id="plan" ref={section} aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Flex wrap gap="small" align="baseline">
        <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
          {t('nominations.plan.title')}
        </Typography.Title>
        {plan.isSuccess && plan.data.value.revision > 0 && (
          <PlanStatusTag status={plan.data.value.status} />
        )}
      </Flex>
      {plan.isPending && <Spin description={t('common.loading')} />}
      {plan.isError && <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.isSuccess && !reviewing && <PlanStatusNote plan={plan.data.value} />}
      {plan.isSuccess && reviewing && (
        <PlanReviewPanel nomination={nomination} etag={etag} plan={plan.data.value} />
      )}
      {plan.isSuccess && !reviewing && editable && (
        <>
          <PlanSaved plan={plan.data.value} />
          <PlanMilestones plan={plan.data.value} />
          <PlanEditor
            key={plan.data.etag ?? 'none'}
            nominationId={nominationId}
            plan={plan.data.value}
            etag={plan.data.etag ?? ''}
            onReload={() => void plan.refetch()}
            onDirtyChange={onDirtyChange}
          />
        </>
      )}
      {plan.isSuccess &&
        !reviewing &&
        !editable &&
        (plan.data.value.revision === 0 ? (
          <p>{t('nominations.plan.notWritten')}</p>
        ) : (
          <PlanView plan={plan.data.value} />
        ))}
      {plan.isSuccess && plan.data.value.revision > 0 && (
        <PlanRevisions nominationId={nominationId} />
      )}
    </section>
  );
}
