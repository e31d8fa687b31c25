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
}

export function totals(dashboard: RoundDashboard): Totals {
  const active = dashboard.townships.filter((t) => t.state !== 'WITHDRAWN');
  return {
    quota: sum(dashboard.districts, (d) => d.quota),
    used: sum(dashboard.districts, (d) => d.used),
    active: active.length,
    milestones: sum(active, (t) => t.milestones.total),
    done: sum(active, (t) => t.milestones.done),
    overdue: sum(active, (t) => t.milestones.overdue),
  };
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
    }));
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
