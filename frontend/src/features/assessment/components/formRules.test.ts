import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { documentNumberRule, needsJustification, normaliseDocumentNumber } from './formRules';
import { outsideSupplementWindow } from './JudgementForm';
import { moveEntry } from './ranking';
import { needsDocument } from './VerdictForm';

const NOW = new Date('2026-12-01T04:00:00Z');

async function validate(value: string): Promise<string | undefined> {
  const rule = documentNumberRule(i18n.t, NOW);
  try {
    await (rule.validator as (r: unknown, v: unknown) => Promise<void>)({}, value);
    return undefined;
  } catch (e: unknown) {
    return (e as Error).message;
  }
}

describe('the justification rule', () => {
  it('asks for one only when the choice departs from the suggestion', () => {
    expect(needsJustification('MET', 'NOT_MET')).toBe(true);
    expect(needsJustification('NAMED', 'NOT_NAMED')).toBe(true);
    expect(needsJustification('NOT_MET', 'NOT_MET')).toBe(false);
    expect(needsJustification(undefined, 'NOT_MET')).toBe(false);
    expect(needsJustification('MET', null)).toBe(false);
  });
});

describe('the document number (文号) as typed in a form', () => {
  it('accepts a valid number and writes its brackets as the server keeps them', async () => {
    expect(await validate('扬人社发〔2026〕88号')).toBeUndefined();
    expect(normaliseDocumentNumber(' 扬人社发[2026]88号 ', NOW)).toBe('扬人社发〔2026〕88号');
  });

  it('explains what is wrong in Chinese', async () => {
    expect(await validate('2026年88号')).toContain('文号格式不正确');
    expect(await validate('扬人社发〔2027〕1号')).toBe('文号中的年份不正确（不能晚于今年）');
  });

  it('leaves an empty field to the required rule', async () => {
    expect(await validate('')).toBeUndefined();
  });

  it('is needed for naming and for every correction, not for declining to name', () => {
    expect(needsDocument('NAMED', false)).toBe(true);
    expect(needsDocument('NOT_NAMED', false)).toBe(false);
    expect(needsDocument('NOT_NAMED', true)).toBe(true);
  });
});

describe('the supplement window', () => {
  it('runs from today to the last day of the assessment phase', () => {
    expect(outsideSupplementWindow('2026-11-30', '2026-12-01', '2026-12-20')).toBe(true);
    expect(outsideSupplementWindow('2026-12-01', '2026-12-01', '2026-12-20')).toBe(false);
    expect(outsideSupplementWindow('2026-12-20', '2026-12-01', '2026-12-20')).toBe(false);
    expect(outsideSupplementWindow('2026-12-21', '2026-12-01', '2026-12-20')).toBe(true);
  });
});

describe('moving a ranking entry', () => {
  it('shifts the entries between by one, clamped to the list', () => {
    expect(moveEntry(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveEntry(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});
