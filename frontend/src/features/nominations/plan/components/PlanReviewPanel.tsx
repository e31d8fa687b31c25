import { useQueryClient } from '@tanstack/react-query';
import { Alert, Flex, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../../components/format';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { queryKeys } from '../../../../lib/api/queryKeys';
import type { Nomination, Plan } from '../../../../lib/api/types';
import { needsReason, useNominationAction, type StateAction } from '../../api/nominationActions';
import { ActionDialogButton } from '../../components/ActionDialogButton';
import { usePlanRevision } from '../api/getPlanRevision';
import { comparePlans } from '../diff/planDiff';
import { PlanDiffView } from './PlanDiffView';
import { PlanView } from './PlanView';

/** The decisions on a submitted plan or change; the review panel offers them, the action bar does not. */
export const REVIEW_ACTIONS: readonly StateAction[] = [
  'APPROVE_PLAN',
  'RETURN_PLAN',
  'APPROVE_PLAN_CHANGE',
  'RETURN_PLAN_CHANGE',
];

export function reviewActionsOf(nomination: Nomination): StateAction[] {
  return REVIEW_ACTIONS.filter((a) => nomination.allowedActions.includes(a));
}

interface PlanReviewPanelProps {
  nomination: Nomination;
  etag: string | undefined;
  plan: Plan;
}

/**
 * The district's review of a submitted plan or change: the plan rendered, the changes since the
 * last reviewed revision marked, and approve or return (with a reason), each confirmed.
 */
export function PlanReviewPanel({ nomination, etag, plan }: PlanReviewPanelProps) {
  const { t } = useTranslation();
  const baseline =
    plan.reviewedRevision !== null &&
    plan.reviewedRevision !== undefined &&
    plan.reviewedRevision !== plan.revision
      ? plan.reviewedRevision
      : undefined;
  const submitted = plan.lastReview?.action === 'SUBMITTED' ? plan.lastReview : undefined;

  return (
    <section aria-label={t('nominations.plan.review.title')}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('nominations.plan.review.title')}
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        role="note"
        style={{ marginBottom: 16 }}
        title={
          submitted
            ? t('nominations.plan.review.submittedBy', {
                revision: plan.revision,
                by: submitted.by,
                at: formatShanghai(submitted.at),
              })
            : t('nominations.plan.revisionN', { revision: plan.revision })
        }
        description={
          baseline === undefined
            ? t('nominations.plan.review.firstSubmission')
            : t('nominations.plan.review.comparedWith', { revision: baseline })
        }
      />
      <ReviewDecisions nomination={nomination} etag={etag} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          ...(baseline === undefined
            ? []
            : [
                {
                  key: 'changes',
                  label: t('nominations.plan.review.changesTab', { revision: baseline }),
                  children: (
                    <Changes nominationId={plan.nominationId} from={baseline} plan={plan} />
                  ),
                },
              ]),
          {
            key: 'plan',
            label: t('nominations.plan.review.planTab'),
            children: <PlanView plan={plan} />,
          },
        ]}
      />
    </section>
  );
}

function Changes({ nominationId, from, plan }: { nominationId: number; from: number; plan: Plan }) {
  const { t } = useTranslation();
  const reviewed = usePlanRevision(nominationId, from);
  if (reviewed.isPending) return <Spin description={t('common.loading')} />;
  if (reviewed.isError) {
    return <ProblemAlert error={reviewed.error} onRetry={() => void reviewed.refetch()} />;
  }
  return (
    <PlanDiffView comparison={comparePlans(reviewed.data, plan)} from={from} to={plan.revision} />
  );
}

function ReviewDecisions({
  nomination,
  etag,
}: {
  nomination: Nomination;
  etag: string | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const act = useNominationAction();
  const name = nomination.townshipName;
  const reload = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.nominations.detail(nomination.id) });
  return (
    <Flex wrap gap="small">
      {reviewActionsOf(nomination).map((action) => {
        const key = `nominations.actions.${action}` as const;
        const returning = needsReason(action);
        return (
          <ActionDialogButton
            key={action}
            label={t(`${key}.label`)}
            title={t(`${key}.title`)}
            okText={t(`${key}.label`)}
            doneMessage={t(`${key}.done`, { name })}
            danger={returning}
            type={returning ? 'default' : 'primary'}
            reason={
              returning
                ? {
                    label: t(`nominations.actions.${action}.reasonLabel`),
                    required: t('nominations.reasonRequired'),
                  }
                : undefined
            }
            body={<p>{t(`${key}.body`, { name })}</p>}
            onConfirm={(reason) =>
              needsReason(action)
                ? act.mutateAsync({ id: nomination.id, etag, action, reason: reason ?? '' })
                : act.mutateAsync({ id: nomination.id, etag, action })
            }
            onRefusalClosed={reload}
          />
        );
      })}
    </Flex>
  );
}
