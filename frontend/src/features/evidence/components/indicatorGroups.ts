import type { EvidenceItem, Framework } from '../api/types';

type Indicator = Framework['categories'][number]['indicators'][number];

export interface IndicatorGroup {
  /** The category's code, or the item kind when the framework is not at hand. */
  key: string;
  titleZh: string;
  titleEn: string;
  items: EvidenceItem[];
}

/**
 * The items grouped by the framework's categories, in framework order. Items the framework does
 * not list (it failed to load) are grouped by kind, so nothing is ever hidden.
 */
export function groupByCategory(
  items: readonly EvidenceItem[],
  framework: Framework | undefined,
  fallback: { standard: [string, string]; bonus: [string, string] },
): IndicatorGroup[] {
  const byCode = new Map(items.map((item) => [item.indicatorCode, item]));
  const placed = new Set<string>();
  const groups: IndicatorGroup[] = [];
  for (const category of framework?.categories ?? []) {
    const grouped = category.indicators.flatMap((indicator) => {
      const item = byCode.get(indicator.code);
      if (!item) return [];
      placed.add(indicator.code);
      return [item];
    });
    if (grouped.length > 0) {
      groups.push({
        key: category.code,
        titleZh: category.titleZh,
        titleEn: category.titleEn,
        items: grouped,
      });
    }
  }
  const rest = items.filter((item) => !placed.has(item.indicatorCode));
  for (const kind of ['STANDARD', 'BONUS'] as const) {
    const ofKind = rest.filter((item) => item.kind === kind);
    const [zh, en] = kind === 'STANDARD' ? fallback.standard : fallback.bonus;
    if (ofKind.length > 0) groups.push({ key: kind, titleZh: zh, titleEn: en, items: ofKind });
  }
  return groups;
}

/** The framework's indicator with this code (criteria, metric definitions), if known. */
export function indicatorOf(framework: Framework | undefined, code: string): Indicator | undefined {
  for (const category of framework?.categories ?? []) {
    const found = category.indicators.find((i) => i.code === code);
    if (found) return found;
  }
  return undefined;
}
