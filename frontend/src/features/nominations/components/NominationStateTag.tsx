import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import type { NominationState } from '../../../lib/api/types';

const TONES: Record<NominationState, StatusTone> = {
  NOMINATED: 'neutral',
  PLAN_SUBMITTED: 'info',
  IN_PROGRESS: 'info',
  SUBMITTED_FOR_ASSESSMENT: 'warning',
  NAMED: 'positive',
  NOT_NAMED: 'negative',
  WITHDRAWN: 'neutral',
};

export function NominationStateTag({ state }: { state: NominationState }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[state]}>{t(`nominations.state.${state}`)}</StatusTag>;
}
