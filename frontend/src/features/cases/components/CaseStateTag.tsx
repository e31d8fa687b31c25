import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import type { CaseState } from '../api/types';

const TONES: Record<CaseState, StatusTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  PUBLISHED: 'positive',
  WITHDRAWN: 'negative',
};

export function CaseStateTag({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[state]}>{t(`cases.states.${state}`)}</StatusTag>;
}
