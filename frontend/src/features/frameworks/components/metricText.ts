import type { Metric } from '../../../lib/api/types';

export const COMPARATORS = [
  '>=',
  '>',
  '<=',
  '<',
  '=',
] as const satisfies readonly Metric['comparator'][];

const SYMBOLS: Record<Metric['comparator'], string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** The comparator as printed in the plan ("≥" for ">="). */
export function comparatorSymbol(comparator: Metric['comparator']): string {
  return SYMBOLS[comparator];
}

/** A metric as one line: "基本养老保险参保率 ≥ 95 %" (English names in the English UI). */
export function metricText(metric: Metric, english: boolean): string {
  const name = english ? metric.nameEn : metric.nameZh;
  return `${name} ${comparatorSymbol(metric.comparator)} ${metric.threshold} ${metric.unit}`.trim();
}
