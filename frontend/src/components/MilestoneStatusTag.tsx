import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from './StatusTag';
import type { MilestoneStatus } from '../lib/api/types';

const TONES: Record<MilestoneStatus, StatusTone> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'positive',
};

export function MilestoneStatusTag({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[status]}>{t(`nominations.plan.status.${status}`)}</StatusTag>;
}
