import type { RuleObject } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { checkDocumentNumber } from '../../../lib/programme/documentNumber';
import { todayInShanghai } from '../../../lib/programme/today';

/**
 * Whether a decision needs a written justification: it departs from what the system suggests
 * (the threshold check of a judgement, the proposal of a verdict). No suggestion, no departure.
 */
export function needsJustification<T extends string>(
  chosen: T | null | undefined,
  suggested: T | null | undefined,
): boolean {
  return chosen != null && suggested != null && chosen !== suggested;
}

/** The year the document-number check bounds (documents come from this year or earlier). */
export function currentShanghaiYear(now: Date = new Date()): number {
  return Number(todayInShanghai(now).slice(0, 4));
}

/**
 * A form rule for a document number (文号), checked as it is typed; an empty field is left to the
 * field's `required` rule.
 */
export function documentNumberRule(t: TFunction, now: Date = new Date()): RuleObject {
  return {
    validator: (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return Promise.resolve();
      const check = checkDocumentNumber(value, currentShanghaiYear(now));
      if (check.ok) return Promise.resolve();
      return Promise.reject(new Error(t(`assessment.documentNumber.${check.problem}`)));
    },
  };
}

/** The 文号 as the server keeps it (［］ and [] written as 〔〕), or the text as typed. */
export function normaliseDocumentNumber(raw: string, now: Date = new Date()): string {
  const check = checkDocumentNumber(raw, currentShanghaiYear(now));
  return check.ok ? check.normalised : raw.trim();
}
