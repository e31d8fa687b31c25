import type { EvidenceInput, EvidenceItem, SelfAssessment } from '../api/types';
import { bonusEntryOf, type BonusEntryValues } from './bonusFields';

export interface EvidenceFormValues {
  selfAssessment?: SelfAssessment | null;
  statement: string;
  narrative: string;
  /** Metric values by metric id (as text keys: form names are paths). */
  metrics: Record<string, number | null | undefined>;
  /** Absent when the form never rendered the list. */
  bonusEntries?: BonusEntryValues[];
}

/** The item fields a server violation may name directly. */
export const EVIDENCE_FIELDS = ['selfAssessment', 'statement', 'narrative', 'metricValues', 'bonus'] as const;

export function formValuesOf(item: EvidenceItem): EvidenceFormValues {
  return {
    selfAssessment: item.selfAssessment ?? null,
    statement: item.statement ?? '',
    narrative: item.narrative ?? '',
    metrics: Object.fromEntries(item.metrics.map((m) => [String(m.metricId), m.value ?? null])),
    bonusEntries: (item.bonus?.entries ?? []).map((entry) => ({ ...entry })),
  };
}

/** What a save sends; metrics left empty are not reported yet and are not sent. */
export function evidenceInputOf(
  item: EvidenceItem,
  values: EvidenceFormValues,
  currentYear: number,
): EvidenceInput {
  const metricValues = item.metrics.flatMap((m) => {
    const value = values.metrics[String(m.metricId)];
    return value === null || value === undefined ? [] : [{ metricId: m.metricId, value }];
  });
  return {
    selfAssessment: values.selfAssessment ?? null,
    statement: values.statement.trim(),
    narrative: values.narrative,
    metricValues,
    ...(item.kind === 'BONUS' && {
      bonus: { entries: (values.bonusEntries ?? []).map((e) => bonusEntryOf(e, currentYear)) },
    }),
  };
}
