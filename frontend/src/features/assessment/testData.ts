import type {
  Assessment,
  AssessmentIndicator,
  NominationVerdict,
  ProvincialRanking,
  RankingEntry,
  RoundVerdictRow,
} from './api/types';
import { nominationVerdict, pensionMetric } from '../../testing/fixtures';

// Records for this feature's unit tests, in the contract's shapes.

/** Indicator 15 accepted at 93.1 %: the check finds it short of ≥ 95 % and suggests NOT_MET. */
export function pensionIndicator(
  overrides: Partial<AssessmentIndicator> = {},
): AssessmentIndicator {
  return {
    indicatorCode: '15',
    kind: 'STANDARD',
    categoryCode: '5',
    categoryTitle: '社会保障',
    title: '精准实施全民参保计划',
    glossEn: 'basic pension insurance participation rate of at least 95 %',
    evidenceState: 'ACCEPTED',
    acceptedRevision: 2,
    selfAssessment: 'PARTLY_MET',
    statement: '参保率 93.1%。',
    narrative: '## 参保扩面\n\n- 入户宣传 3 次',
    bonus: null,
    metrics: [pensionMetric({ value: 93.1, meetsThreshold: false })],
    attachments: [{ id: 31, fileName: '参保人员名册.pdf' }],
    check: 'NOT_MET',
    suggestedOutcome: 'NOT_MET',
    suggestedComment: '基本养老保险参保率 93.1 % < 95 %',
    supplementUntil: null,
    judgements: [],
    myJudgement: null,
    agreedOutcome: null,
    opinions: 0,
    ...overrides,
  };
}

/** Indicator 1, accepted, without metrics: the assessor judges it. */
export function dutyIndicator(overrides: Partial<AssessmentIndicator> = {}): AssessmentIndicator {
  return pensionIndicator({
    indicatorCode: '1',
    categoryCode: '1',
    categoryTitle: '组织领导',
    title: '压实乡村振兴工作责任',
    metrics: [],
    attachments: [],
    check: 'NOT_APPLICABLE',
    suggestedOutcome: 'MET',
    suggestedComment: '',
    ...overrides,
  });
}

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    nominationId: 7,
    roundId: 5,
    roundYear: 2091,
    roundState: 'ASSESSMENT',
    townshipId: 11,
    townshipCode: '321002001',
    townshipName: '东关街道',
    districtId: 1,
    districtName: '广陵区',
    nominationState: 'SUBMITTED_FOR_ASSESSMENT',
    requiredOpinions: 1,
    canJudge: true,
    indicators: [dutyIndicator(), pensionIndicator()],
    proposal: {
      decision: 'NOT_NAMED',
      complete: false,
      reasons: [
        {
          indicatorCode: '15',
          title: '精准实施全民参保计划',
          outcome: 'NOT_MET',
          basis: 'FIGURES',
          figures: pensionIndicator().metrics,
          comment: null,
          text: '基本养老保险参保率 93.1 % < 95 %',
        },
      ],
    },
    ...overrides,
  };
}

export { verdictRevision as revision } from '../../testing/fixtures';

/** The verdict, not yet confirmed, with the proposal of assessment(). */
export function verdict(overrides: Partial<NominationVerdict> = {}): NominationVerdict {
  return nominationVerdict({ proposal: assessment().proposal, ...overrides });
}

export function verdictRow(overrides: Partial<RoundVerdictRow> = {}): RoundVerdictRow {
  return {
    nominationId: 7,
    townshipId: 11,
    townshipCode: '321002001',
    townshipName: '东关街道',
    districtId: 1,
    districtName: '广陵区',
    nominationState: 'SUBMITTED_FOR_ASSESSMENT',
    standardTotal: 17,
    judged: 2,
    met: 1,
    proposal: 'NOT_NAMED',
    verdict: null,
    ...overrides,
  };
}

export function rankingEntry(overrides: Partial<RankingEntry> = {}): RankingEntry {
  return {
    position: 1,
    computedPosition: 1,
    nominationId: 7,
    townshipId: 11,
    townshipCode: '321002001',
    townshipName: '东关街道',
    districtId: 1,
    districtName: '广陵区',
    recognisedBonus: 1,
    bonusCodes: ['B1'],
    verdict: 'NAMED',
    accepted: 17,
    standardTotal: 17,
    moved: false,
    justification: null,
    ...overrides,
  };
}

export function ranking(overrides: Partial<ProvincialRanking> = {}): ProvincialRanking {
  return {
    roundId: 5,
    roundYear: 2091,
    deadline: '2091-12-31T23:59:00+08:00',
    deadlinePassed: false,
    confirmed: false,
    confirmedAt: null,
    confirmedBy: null,
    entries: [
      rankingEntry(),
      rankingEntry({
        position: 2,
        computedPosition: 2,
        nominationId: 8,
        townshipId: 12,
        townshipCode: '321002002',
        townshipName: '湾头镇',
        recognisedBonus: 0,
        bonusCodes: [],
      }),
      rankingEntry({
        position: 3,
        computedPosition: 3,
        nominationId: 9,
        townshipId: 13,
        townshipCode: '321002003',
        townshipName: '汤汪乡',
        recognisedBonus: 0,
        bonusCodes: [],
        verdict: null,
        accepted: 12,
      }),
    ],
    version: 4,
    ...overrides,
  };
}
