import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../../components/StatusTag';
import type { Plan } from '../../../../lib/api/types';

const TONES: Record<Plan['status'], StatusTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  APPROVED: 'positive',
  CHANGE_DRAFT: 'neutral',
  CHANGE_SUBMITTED: 'info',
  CHANGE_RETURNED: 'warning',
};

/** Where the plan's review stands, in words. */
export function PlanStatusTag({ status }: { status: Plan['status'] }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[status]}>{t(`nominations.plan.planStatus.${status}`)}</StatusTag>;
}
