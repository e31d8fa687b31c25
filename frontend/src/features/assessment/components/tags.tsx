import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/StatusTag';
import type {
  JudgementOutcome,
  ThresholdCheck,
  VerdictDecision,
  VerdictRevision,
} from '../api/types';

const OUTCOME_TONES: Record<JudgementOutcome, StatusTone> = {
  MET: 'positive',
  NOT_MET: 'negative',
  NEEDS_SUPPLEMENT: 'warning',
  RECOGNISED: 'positive',
  NOT_RECOGNISED: 'neutral',
};

/** A judgement's outcome (达到 / 未达到 / 需补充材料 / 认定 / 不予认定). */
export function OutcomeTag({ outcome }: { outcome: JudgementOutcome | null | undefined }) {
  const { t } = useTranslation();
  if (!outcome) return <StatusTag tone="neutral">{t('assessment.judge.notJudged')}</StatusTag>;
  return <StatusTag tone={OUTCOME_TONES[outcome]}>{t(`assessment.outcome.${outcome}`)}</StatusTag>;
}

const CHECK_TONES: Record<ThresholdCheck, StatusTone> = {
  MET: 'positive',
  NOT_MET: 'negative',
  MISSING: 'warning',
  NOT_APPLICABLE: 'neutral',
};

/** The threshold check of the accepted figures. */
export function CheckTag({ check }: { check: ThresholdCheck }) {
  const { t } = useTranslation();
  return <StatusTag tone={CHECK_TONES[check]}>{t(`assessment.check.${check}`)}</StatusTag>;
}

/** The system's proposal: 建议命名 / 建议不予命名. */
export function ProposalTag({ decision }: { decision: VerdictDecision }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={decision === 'NAMED' ? 'positive' : 'negative'}>
      {t(`assessment.proposal.${decision}`)}
    </StatusTag>
  );
}

/** A verdict: its decision and whether it is published, or "not confirmed yet". */
export function VerdictTag({ revision }: { revision: VerdictRevision | null }) {
  const { t } = useTranslation();
  if (!revision) return <StatusTag tone="neutral">{t('assessment.verdictStatus.NONE')}</StatusTag>;
  const tone: StatusTone =
    revision.status === 'CONFIRMED'
      ? 'info'
      : revision.decision === 'NAMED'
        ? 'positive'
        : 'negative';
  return (
    <StatusTag tone={tone}>
      {t(`assessment.decision.${revision.decision}`)} ·{' '}
      {t(`assessment.verdictStatus.${revision.status}`)}
    </StatusTag>
  );
}
