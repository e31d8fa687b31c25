import type { RoundDashboardTownship } from '../../../lib/api/types';
import type { useDashboardText } from '../texts';

type Text = ReturnType<typeof useDashboardText>;

/** A township's verdict as a table cell says it, e.g. "已公布：命名". */
export function verdictLabel(dt: Text, verdict: RoundDashboardTownship['verdict']): string {
  if (verdict.status === 'NONE' || !verdict.decision) return dt('dashboard.verdict.NONE');
  return dt(`dashboard.verdict.${verdict.status}`, {
    decision: dt(`dashboard.verdict.decision.${verdict.decision}`),
  });
}

/** A township's judgements counted, or a dash before the first (or for callers who do not see them). */
export function judgementsLabel(
  dt: Text,
  judgements: RoundDashboardTownship['judgements'],
): string {
  return judgements ? dt('dashboard.judgements.value', judgements) : dt('dashboard.progress.none');
}
