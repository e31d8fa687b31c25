import { describe, expect, it } from 'vitest';
import { checkDocumentNumber } from './documentNumber';

describe('the document number (文号)', () => {
  it('accepts the plan’s example and keeps it as written', () => {
    expect(checkDocumentNumber('苏人社发〔2023〕12号', 2026)).toEqual({
      ok: true,
      normalised: '苏人社发〔2023〕12号',
    });
  });

  it('accepts the common bracket variants and writes them as 〔〕', () => {
    expect(checkDocumentNumber('人社部发［2022］7号', 2026)).toEqual({
      ok: true,
      normalised: '人社部发〔2022〕7号',
    });
    expect(checkDocumentNumber(' 扬人社[2023]45号 ', 2026)).toEqual({
      ok: true,
      normalised: '扬人社〔2023〕45号',
    });
  });

  it('refuses text that is not a document number', () => {
    for (const bad of [
      '2023年12号',
      '苏人社发2023-12号',
      '苏人社发〔2023〕号',
      '〔2023〕12号',
      '',
    ]) {
      expect(checkDocumentNumber(bad, 2026)).toEqual({ ok: false, problem: 'pattern' });
    }
  });

  it('refuses a year in the future or implausibly early', () => {
    expect(checkDocumentNumber('苏人社发〔2027〕1号', 2026)).toEqual({
      ok: false,
      problem: 'year',
    });
    expect(checkDocumentNumber('苏人社发〔1900〕1号', 2026)).toEqual({
      ok: false,
      problem: 'year',
    });
    expect(checkDocumentNumber('苏人社发〔2026〕1号', 2026).ok).toBe(true);
  });
});
