/** The comparators a metric's threshold uses (the contract's Metric.comparator). */
export type Comparator = '>=' | '>' | '<=' | '<' | '=';

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
/** What a value that misses the threshold is, e.g. "< 95" for "≥ 95". */
const NEGATED: Record<Comparator, string> = { '>=': '<', '>': '≤', '<=': '>', '<': '≥', '=': '≠' };

export interface MetricDefinition {
  unit: string;
  comparator: Comparator;
  threshold: number;
}

/** Whether a value meets the metric's threshold (the server decides; this shows it while typing). */
export function meetsThreshold(
  value: number,
  { comparator, threshold }: MetricDefinition,
): boolean {
  // Decimal input such as 94.9 compares exactly enough in binary floating point at this scale.
  switch (comparator) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '=':
      return value === threshold;
  }
}

function withUnit(value: number, unit: string): string {
  return unit ? `${String(value)} ${unit}` : String(value);
}

/** The threshold as printed in the plan: "≥ 95 %". */
export function thresholdText({ unit, comparator, threshold }: MetricDefinition): string {
  return `${SYMBOL[comparator]} ${withUnit(threshold, unit)}`;
}

/**
 * The comparison of a value with the threshold as one line, without the verdict word:
 * "93.1 % < 95 %" when missed, "95 % ≥ 95 %" when met.
 */
export function comparisonText(value: number, metric: MetricDefinition): string {
  const met = meetsThreshold(value, metric);
  const symbol = met ? SYMBOL[metric.comparator] : NEGATED[metric.comparator];
  return `${withUnit(value, metric.unit)} ${symbol} ${withUnit(metric.threshold, metric.unit)}`;
}

export type MetricKind = 'PERCENT' | 'COUNT';

export type MetricValueProblem = 'notANumber' | 'percentRange' | 'percentDecimals' | 'countWhole';

/**
 * What is wrong with a typed value, if anything (empty is allowed: not reported yet). As the
 * server checks: a percentage lies within 0–100 with at most 2 decimals, a count is a whole
 * number, 0 or more.
 */
export function metricValueProblem(
  raw: number | string | null | undefined,
  kind: MetricKind,
): MetricValueProblem | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value)) return 'notANumber';
  if (kind === 'PERCENT') {
    if (value < 0 || value > 100) return 'percentRange';
    return Math.abs(value * 100 - Math.round(value * 100)) > 1e-6 ? 'percentDecimals' : undefined;
  }
  return Number.isInteger(value) && value >= 0 ? undefined : 'countWhole';
}
