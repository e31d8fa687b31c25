import type { BonusEntry, BonusType } from '../api/types';
import { checkDocumentNumber } from '../../../lib/programme/documentNumber';

/** The fields of a bonus entry besides its type. */
export type BonusField = Exclude<keyof BonusEntry, 'type'>;

export interface BonusFieldSpec {
  name: BonusField;
  required: boolean;
}

/**
 * What each kind of bonus item records (the plan's 加分项), required fields as the contract's
 * BonusEntry says: a commendation its title, issuing body, document number (文号) and level; a
 * talk or a hosted event the meeting, organiser and date; media coverage the outlet, date and link.
 */
export const BONUS_FIELDS: Record<BonusType, readonly BonusFieldSpec[]> = {
  COMMENDATION: [
    { name: 'title', required: true },
    { name: 'issuingBody', required: true },
    { name: 'documentNumber', required: true },
    { name: 'level', required: true },
    { name: 'date', required: false },
  ],
  EXPERIENCE_TALK: [
    { name: 'meeting', required: true },
    { name: 'organiser', required: true },
    { name: 'date', required: true },
    { name: 'title', required: false },
  ],
  HOSTED_EVENT: [
    { name: 'meeting', required: true },
    { name: 'organiser', required: true },
    { name: 'date', required: true },
    { name: 'title', required: false },
  ],
  MEDIA_COVERAGE: [
    { name: 'outlet', required: true },
    { name: 'date', required: true },
    { name: 'link', required: true },
    { name: 'title', required: false },
  ],
};

/** The bonus item each framework code stands for (B1–B4), as the type a new entry starts with. */
export const DEFAULT_BONUS_TYPE: Readonly<Record<string, BonusType>> = {
  B1: 'COMMENDATION',
  B2: 'EXPERIENCE_TALK',
  B3: 'HOSTED_EVENT',
  B4: 'MEDIA_COVERAGE',
};

/** A bonus entry as the form holds it: any field may still be empty. */
export type BonusEntryValues = { type?: BonusType } & Partial<Record<BonusField, string | null>>;

/** Whether a link is one the server keeps (http or https, no user name or password in it). */
export function isWebLink(raw: string): boolean {
  try {
    const url = new URL(raw.trim());
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

/** What a save sends: only the type's fields, trimmed, empty ones left out, 文号 normalised. */
export function bonusEntryOf(values: BonusEntryValues, currentYear: number): BonusEntry {
  const type = values.type ?? 'COMMENDATION';
  const entry: Record<string, string> = {};
  for (const { name } of BONUS_FIELDS[type]) {
    const raw = values[name]?.trim();
    if (!raw) continue;
    if (name === 'documentNumber') {
      const check = checkDocumentNumber(raw, currentYear);
      entry[name] = check.ok ? check.normalised : raw;
    } else {
      entry[name] = raw;
    }
  }
  return { type, ...entry };
}
