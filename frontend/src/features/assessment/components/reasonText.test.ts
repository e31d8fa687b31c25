import { beforeAll, describe, expect, it } from 'vitest';
import i18n, { loadLanguage } from '../../../i18n';
import type { ProposalReason } from '../api/types';
import { dutyIndicator, pensionIndicator } from '../testData';
import { checkText, reasonText } from './reasonText';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en');

beforeAll(() => loadLanguage('en'));

function reason(overrides: Partial<ProposalReason>): ProposalReason {
  return {
    indicatorCode: '15',
    title: '精准实施全民参保计划',
    outcome: 'NOT_MET',
    basis: 'FIGURES',
    figures: pensionIndicator().metrics,
    comment: null,
    text: '基本养老保险参保率 93.1 % < 95 %',
    ...overrides,
  };
}

describe('reasonText', () => {
  it('renders failing figures in the reader’s language, as the server words them in Chinese', () => {
    expect(reasonText(zh, false, reason({}))).toBe('基本养老保险参保率 93.1 % < 95 %');
    expect(reasonText(en, true, reason({}))).toBe(
      'basic pension insurance participation rate: 93.1 % < 95 %',
    );
  });

  it('adds the assessor’s own words as written, once', () => {
    expect(reasonText(en, true, reason({ comment: '台账不全' }))).toBe(
      'basic pension insurance participation rate: 93.1 % < 95 %; 台账不全',
    );
    expect(reasonText(zh, false, reason({ comment: '基本养老保险参保率 93.1 % < 95 %' }))).toBe(
      '基本养老保险参保率 93.1 % < 95 %',
    );
  });

  it('says why an indicator without figures is open or failing', () => {
    expect(reasonText(en, true, reason({ basis: 'PENDING', outcome: null, figures: [] }))).toBe(
      'no agreed outcome yet',
    );
    expect(reasonText(zh, false, reason({ basis: 'PENDING', outcome: null, figures: [] }))).toBe(
      '尚未形成评定结论',
    );
    expect(reasonText(en, true, reason({ basis: 'ASSESSOR', figures: [] }))).toBe('not met');
    expect(
      reasonText(
        zh,
        false,
        reason({ basis: 'ASSESSOR', outcome: 'NEEDS_SUPPLEMENT', figures: [] }),
      ),
    ).toBe('需补充材料');
    expect(reasonText(en, true, reason({ basis: 'EVIDENCE_NOT_ACCEPTED', figures: [] }))).toBe(
      'evidence not yet accepted by the city',
    );
  });

  it('words a missing figure', () => {
    const missing = pensionIndicator().metrics.map((m) => ({ ...m, value: null }));
    expect(reasonText(zh, false, reason({ figures: missing }))).toBe('基本养老保险参保率 未填报');
    expect(reasonText(en, true, reason({ figures: missing }))).toBe(
      'basic pension insurance participation rate: not reported',
    );
  });
});

describe('checkText', () => {
  it('prefills the figures, nothing without them, and the missing acceptance', () => {
    expect(checkText(zh, false, pensionIndicator())).toBe('基本养老保险参保率 93.1 % < 95 %');
    expect(checkText(en, true, dutyIndicator())).toBe('');
    expect(checkText(zh, false, pensionIndicator({ evidenceState: 'DISTRICT_APPROVED' }))).toBe(
      '佐证材料尚未经市级审核通过',
    );
  });
});
