import { isApiError } from '../../../lib/api/client';
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
export const EVIDENCE_FIELDS = [
  'selfAssessment',
  'statement',
  'narrative',
  'metricValues',
  'bonus',
] as const;

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

export interface NestedViolation {
  /** The server's field name, e.g. `bonus.entries[0].documentNumber`. */
  field: string;
  /** The form path it belongs under. */
  path: (string | number)[];
  message: string;
}

const BONUS_FIELD = /^(?:body\.)?bonus\.entries(?:\[(\d+)\]|\.(\d+))\.(\w+)$/;
const METRIC_FIELD = /^(?:body\.)?metricValues(?:\[(\d+)\]|\.(\d+))(?:\.value)?$/;

/**
 * The server's violations of single bonus-entry fields and metric values, placed under those
 * fields (metric values by the metric they were sent for).
 */
export function nestedViolations(
  error: unknown,
  sentMetricIds: readonly number[],
): NestedViolation[] {
  if (!isApiError(error) || error.status !== 400) return [];
  return error.violations.flatMap((v) => {
    const bonus = BONUS_FIELD.exec(v.field);
    if (bonus) {
      const [, bracket, dotted, name = ''] = bonus;
      return [
        {
          field: v.field,
          path: ['bonusEntries', Number(bracket ?? dotted), name],
          message: v.message,
        },
      ];
    }
    const metric = METRIC_FIELD.exec(v.field);
    if (metric) {
      const metricId = sentMetricIds[Number(metric[1] ?? metric[2])];
      if (metricId !== undefined) {
        return [{ field: v.field, path: ['metrics', String(metricId)], message: v.message }];
      }
    }
    return [];
  });
}
