import type { EvidenceItem, Framework, Indicator } from '../api/types';

export interface IndicatorGroup {
  categoryCode: string;
  titleZh: string;
  titleEn: string | null;
  items: EvidenceItem[];
}

/** The items grouped by their category, in the framework order the server lists them in. */
export function groupByCategory(items: readonly EvidenceItem[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const item of items) {
    let group = groups.find((g) => g.categoryCode === item.categoryCode);
    if (!group) {
      group = {
        categoryCode: item.categoryCode,
        titleZh: item.categoryTitle,
        titleEn: item.categoryTitleEn ?? null,
        items: [],
      };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** The framework's indicator with this code (its criteria), if known. */
export function indicatorOf(framework: Framework | undefined, code: string): Indicator | undefined {
  for (const category of framework?.categories ?? []) {
    const found = category.indicators.find((i) => i.code === code);
    if (found) return found;
  }
  return undefined;
}
