import { describe, expect, it } from 'vitest';
import {
  comparisonText,
  meetsThreshold,
  metricValueProblem,
  thresholdText,
  type MetricDefinition,
} from './metricCheck';

const pension: MetricDefinition = { unit: '%', comparator: '>=', threshold: 95 };

describe('the threshold check', () => {
  it('finds 94.9 % short of ≥ 95 % and 95.0 % meeting it', () => {
    expect(meetsThreshold(94.9, pension)).toBe(false);
    expect(meetsThreshold(95.0, pension)).toBe(true);
    expect(meetsThreshold(100, pension)).toBe(true);
  });

  it('prints the comparison the way the value actually relates to the threshold', () => {
    expect(comparisonText(93.1, pension)).toBe('93.1 % < 95 %');
    expect(comparisonText(95, pension)).toBe('95 % ≥ 95 %');
    expect(thresholdText(pension)).toBe('≥ 95 %');
  });

  it('handles every comparator, met and missed', () => {
    const at = (comparator: MetricDefinition['comparator']) => ({
      unit: '个',
      comparator,
      threshold: 3,
    });
    expect([meetsThreshold(4, at('>')), meetsThreshold(3, at('>'))]).toEqual([true, false]);
    expect([meetsThreshold(3, at('<=')), meetsThreshold(4, at('<='))]).toEqual([true, false]);
    expect([meetsThreshold(2, at('<')), meetsThreshold(3, at('<'))]).toEqual([true, false]);
    expect([meetsThreshold(3, at('=')), meetsThreshold(2, at('='))]).toEqual([true, false]);
    expect(comparisonText(3, at('>'))).toBe('3 个 ≤ 3 个');
    expect(comparisonText(2, at('='))).toBe('2 个 ≠ 3 个');
  });
});

describe('metric values as typed', () => {
  it('keeps percentages within 0–100 with at most two decimals', () => {
    expect(metricValueProblem(100.1, 'PERCENT')).toBe('percentRange');
    expect(metricValueProblem(-1, 'PERCENT')).toBe('percentRange');
    expect(metricValueProblem(94.95, 'PERCENT')).toBeUndefined();
    expect(metricValueProblem(94.951, 'PERCENT')).toBe('percentDecimals');
    expect(metricValueProblem(0, 'PERCENT')).toBeUndefined();
  });

  it('takes counts as whole numbers, 0 or more', () => {
    expect(metricValueProblem(-2, 'COUNT')).toBe('countWhole');
    expect(metricValueProblem(2.5, 'COUNT')).toBe('countWhole');
    expect(metricValueProblem(1200, 'COUNT')).toBeUndefined();
  });

  it('lets an empty value pass (not reported yet) and refuses what is not a number', () => {
    expect(metricValueProblem(null, 'PERCENT')).toBeUndefined();
    expect(metricValueProblem('', 'PERCENT')).toBeUndefined();
    expect(metricValueProblem('abc', 'PERCENT')).toBe('notANumber');
  });
});
