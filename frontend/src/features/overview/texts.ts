import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import en from '../../i18n/dashboard.en';
import zhCN from '../../i18n/dashboard.zh-CN';

// The dashboards' texts join the overview's when this page loads, not with the first screen.
i18n.addResourceBundle('zh-CN', 'translation', { overview: zhCN }, true, false);
i18n.addResourceBundle('en', 'translation', { overview: en }, true, false);

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the dashboards' texts, e.g. `dashboard.quota.title`. */
export type DashboardTextKey = Paths<typeof zhCN>;

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** `t` for the dashboards' texts, checked against dashboard.zh-CN.ts. */
export function useDashboardText(): (
  key: DashboardTextKey,
  options?: Record<string, unknown>,
) => string {
  const { t } = useTranslation();
  return (key, options) => (t as unknown as LooseT)(`overview.${key}`, options);
}
