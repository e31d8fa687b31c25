import { Spin, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { usePlan } from '../api/getPlan';
import { PlanEditor } from './PlanEditor';
import { PlanRevisions } from './PlanRevisions';
import { PlanMilestones, PlanSaved, PlanView } from './PlanView';

interface PlanSectionProps {
  nominationId: number;
  /** The server allows this caller EDIT_PLAN now. */
  editable: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/** The cultivation plan (培育工作实施方案): its editor when the caller may edit it, else read-only. */
export function PlanSection({ nominationId, editable, onDirtyChange }: PlanSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const plan = usePlan(nominationId);

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('nominations.plan.title')}
      </Typography.Title>
      {plan.isPending && <Spin description={t('common.loading')} />}
      {plan.isError && <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.isSuccess && editable && (
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
