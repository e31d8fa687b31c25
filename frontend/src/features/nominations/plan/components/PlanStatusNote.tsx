import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../../components/format';
import type { Plan } from '../../../../lib/api/types';

/**
 * What the plan's review status means for whoever reads or edits it: read-only while the district
 * reviews, which revision is the approved plan while a change waits, and why it came back.
 */
export function PlanStatusNote({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const last = plan.lastReview;
  const approved = plan.approvedRevision ?? 0;
  const note = (() => {
    switch (plan.status) {
      case 'DRAFT':
        return undefined;
      case 'SUBMITTED':
        return { type: 'info' as const, text: t('nominations.plan.note.SUBMITTED') };
      case 'CHANGE_SUBMITTED':
        return {
          type: 'info' as const,
          text: t('nominations.plan.note.CHANGE_SUBMITTED', { approved }),
        };
      case 'CHANGE_DRAFT':
        return {
          type: 'warning' as const,
          text: t('nominations.plan.note.CHANGE_DRAFT', { approved }),
        };
      case 'RETURNED':
      case 'CHANGE_RETURNED':
        return {
          type: 'warning' as const,
          text: t(`nominations.plan.note.${plan.status}`, {
            approved,
            reason: last?.reason ?? '',
            by: last?.by ?? '',
            at: last ? formatShanghai(last.at) : '',
          }),
        };
      case 'APPROVED':
        return {
          type: 'success' as const,
          text: t('nominations.plan.note.APPROVED', {
            approved,
            by: last?.action === 'APPROVED' ? last.by : '',
            at: last?.action === 'APPROVED' ? formatShanghai(last.at) : '',
          }),
        };
    }
  })();
  if (!note) return null;
  return (
    <Alert type={note.type} showIcon role="note" style={{ marginBottom: 16 }} title={note.text} />
  );
}
