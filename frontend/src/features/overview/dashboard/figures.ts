import type {
  NominationState,
  RoundDashboard,
  RoundDashboardDistrict,
  RoundDashboardTownship,
} from '../../../lib/api/types';

/** The states a nomination moves through, in order: the funnel's steps (withdrawn stands apart). */
export const FUNNEL_STATES = [
  'NOMINATED',
  'PLAN_SUBMITTED',
  'IN_PROGRESS',
  'SUBMITTED_FOR_ASSESSMENT',
  'NAMED',
  'NOT_NAMED',
] as const satisfies readonly NominationState[];

export interface Totals {
  quota: number;
  used: number;
  /** Nominations that are not withdrawn. */
  active: number;
  milestones: number;
  done: number;
  overdue: number;
  /** Standard-indicator evidence submitted of all expected, in whole percent; null when none is expected. */
  evidencePercent: number | null;
  /** Verdicts published, and how many of them name a base. */
  published: number;
  named: number;
}

export function totals(dashboard: RoundDashboard): Totals {
  const active = dashboard.townships.filter((t) => t.state !== 'WITHDRAWN');
  const { evidence, verdicts } = dashboard;
  return {
    quota: sum(dashboard.districts, (d) => d.quota),
    used: sum(dashboard.districts, (d) => d.used),
    active: active.length,
    milestones: sum(active, (t) => t.milestones.total),
    done: sum(active, (t) => t.milestones.done),
    overdue: sum(active, (t) => t.milestones.overdue),
    evidencePercent: percent(evidence.submitted, evidence.standardTotal),
    published: verdicts.publishedNamed + verdicts.publishedNotNamed,
    named: verdicts.publishedNamed,
  };
}

/** `part` of `whole` in whole percent (rounded down, so 100 means all); null for an empty whole. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((part * 100) / whole);
}

export type Evidence = RoundDashboard['evidence'];

export interface EvidenceRow {
  /** The district or the nomination the row stands for. */
  id: number;
  name: string;
  /** Where the row leads: the district's page or the nomination's. */
  to: string;
  total: number;
  accepted: number;
  /** Approved by the district, awaiting the city. */
  approved: number;
  /** Submitted, awaiting the district. */
  submitted: number;
  returned: number;
  /** Not yet submitted, returned items aside. */
  missing: number;
  /** Submitted of expected, in whole percent. */
  percent: number | null;
}

function evidenceRow(id: number, name: string, to: string, e: Evidence): EvidenceRow {
  return {
    id,
    name,
    to,
    total: e.standardTotal,
    accepted: e.accepted,
    approved: e.districtApproved - e.accepted,
    submitted: e.submitted - e.districtApproved,
    returned: e.returned,
    missing: e.missing - e.returned,
    percent: percent(e.submitted, e.standardTotal),
  };
}

/**
 * Evidence completeness as the steps a standard indicator's evidence has reached (each item in
 * one step): per district with nominations for the city, per township (withdrawn ones aside) for a
 * district.
 */
export function evidenceRows(dashboard: RoundDashboard, perTownship: boolean): EvidenceRow[] {
  if (perTownship) {
    return dashboard.townships.flatMap((t) =>
      t.evidence
        ? [
            evidenceRow(
              t.nominationId,
              t.townshipName,
              `/nominations/${String(t.nominationId)}`,
              t.evidence,
            ),
          ]
        : [],
    );
  }
  return dashboard.districts
    .filter((d) => d.evidence.nominations > 0)
    .map((d) =>
      evidenceRow(d.districtId, d.districtName, `/districts/${String(d.districtId)}`, d.evidence),
    );
}

export interface QuotaRow {
  districtId: number;
  name: string;
  used: number;
  quota: number;
  /** Places still free (never negative, even if a quota was lowered under its use). */
  free: number;
}

/** Every district's places, by district code (as the server lists them). */
export function quotaRows(districts: readonly RoundDashboardDistrict[]): QuotaRow[] {
  return districts.map((d) => ({
    districtId: d.districtId,
    name: d.districtName,
    used: d.used,
    quota: d.quota,
    free: Math.max(0, d.quota - d.used),
  }));
}

export interface StateRow {
  state: NominationState;
  count: number;
}

/** Nominations per funnel step (zero counts kept, so the steps stay in place), and the withdrawn. */
export function stateRows(dashboard: RoundDashboard): { steps: StateRow[]; withdrawn: number } {
  const count = (state: NominationState) =>
    sum(
      dashboard.states.filter((s) => s.state === state),
      (s) => s.count,
    );
  return {
    steps: FUNNEL_STATES.map((state) => ({ state, count: count(state) })),
    withdrawn: count('WITHDRAWN'),
  };
}

export interface ProgressRow {
  nominationId: number;
  township: string;
  state: NominationState;
  hasPlan: boolean;
  done: number;
  /** Open milestones not yet due. */
  onTime: number;
  overdue: number;
  nextDueOn: string | null;
  nextDeliverable: string | null;
  judgements: RoundDashboardTownship['judgements'];
  verdict: RoundDashboardTownship['verdict'];
  bonusRecognised: RoundDashboardTownship['bonusRecognised'];
}

/** The plan progress of every nomination that is not withdrawn. */
export function progressRows(townships: readonly RoundDashboardTownship[]): ProgressRow[] {
  return townships
    .filter((t) => t.state !== 'WITHDRAWN')
    .map((t) => ({
      nominationId: t.nominationId,
      township: t.townshipName,
      state: t.state,
      hasPlan: t.milestones.planRevision > 0,
      done: t.milestones.done,
      onTime: t.milestones.total - t.milestones.done - t.milestones.overdue,
      overdue: t.milestones.overdue,
      nextDueOn: t.milestones.nextDueOn,
      nextDeliverable: t.milestones.nextDeliverable,
      judgements: t.judgements,
      verdict: t.verdict,
      bonusRecognised: t.bonusRecognised,
    }));
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
