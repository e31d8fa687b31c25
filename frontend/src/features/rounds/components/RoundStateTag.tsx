import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import type { RoundState } from '../../../lib/api/types';

const TONES: Record<RoundState, StatusTone> = {
  DRAFT: 'neutral',
  OPEN: 'positive',
  ASSESSMENT: 'warning',
  CLOSED: 'info',
};

export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[state]}>{t(`rounds.states.${state}`)}</StatusTag>;
}

/** Marks the round that lists and dashboards default to. */
export function CurrentRoundTag() {
  const { t } = useTranslation();
  return <StatusTag tone="info">{t('rounds.current')}</StatusTag>;
}
