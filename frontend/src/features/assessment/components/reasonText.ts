import type { TFunction } from 'i18next';
import { comparisonText } from '../../../lib/programme/metricCheck';
import type { AssessmentIndicator, EvidenceMetric, ProposalReason } from '../api/types';

/**
 * The threshold check of accepted figures in the reader's language, e.g. "基本养老保险参保率 93.1 % <
 * 95 %" or "Basic pension insurance participation rate: 93.1 % < 95 %".
 */
export function figuresText(t: TFunction, english: boolean, figures: EvidenceMetric[]): string {
  return figures
    .map((m) => {
      const metric = english ? m.nameEn : m.name;
      return m.value == null
        ? t('assessment.reason.figureMissing', { metric })
        : t('assessment.reason.figure', { metric, comparison: comparisonText(m.value, m) });
    })
    .join(t('assessment.reason.separator'));
}

/**
 * Why the proposal is not to name, rendered from the reason's structure: what it rests on, then
 * the assessor's own words (as written) unless they only repeat the figures.
 */
export function reasonText(t: TFunction, english: boolean, reason: ProposalReason): string {
  const parts: string[] = [];
  switch (reason.basis) {
    case 'PENDING':
      parts.push(t('assessment.reason.pending'));
      break;
    case 'EVIDENCE_NOT_ACCEPTED':
      parts.push(t('assessment.reason.evidenceNotAccepted'));
      break;
    case 'FIGURES':
      parts.push(figuresText(t, english, reason.figures));
      break;
    case 'ASSESSOR':
      break;
  }
  const comment = reason.comment?.trim();
  if (comment && !parts.includes(comment)) {
    parts.push(comment);
  }
  if (parts.length === 0) {
    parts.push(
      t(
        reason.outcome === 'NEEDS_SUPPLEMENT'
          ? 'assessment.reason.NEEDS_SUPPLEMENT'
          : 'assessment.reason.NOT_MET',
      ),
    );
  }
  return parts.join(t('assessment.reason.separator'));
}

/**
 * The check of an indicator's accepted evidence as one line in the reader's language (what the
 * judgement form prefills as the comment): the figures against their thresholds, or that the city
 * has not accepted the evidence; empty for accepted evidence without figures.
 */
export function checkText(
  t: TFunction,
  english: boolean,
  indicator: Pick<AssessmentIndicator, 'kind' | 'evidenceState' | 'metrics'>,
): string {
  if (indicator.evidenceState !== 'ACCEPTED') {
    return t(
      indicator.kind === 'BONUS'
        ? 'assessment.reason.bonusNotAccepted'
        : 'assessment.reason.evidenceNotAccepted',
    );
  }
  return indicator.kind === 'BONUS' ? '' : figuresText(t, english, indicator.metrics);
}
