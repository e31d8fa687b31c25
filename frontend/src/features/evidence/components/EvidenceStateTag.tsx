import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import type { EvidenceState } from '../api/types';

const TONES: Record<EvidenceState, StatusTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  DISTRICT_APPROVED: 'warning',
  ACCEPTED: 'positive',
  RETURNED: 'negative',
};

/** An item's review state; a draft that was never saved reads "not started". */
export function EvidenceStateTag({ state, revision }: { state: EvidenceState; revision: number }) {
  const { t } = useTranslation();
  if (state === 'DRAFT' && revision === 0) {
    return <StatusTag tone="neutral">{t('evidence.notStarted')}</StatusTag>;
  }
  return <StatusTag tone={TONES[state]}>{t(`evidence.state.${state}`)}</StatusTag>;
}
