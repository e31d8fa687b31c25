import { ApartmentOutlined, DashboardOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type zhCN from '../i18n/zh-CN';

export interface NavItem {
  path: string;
  label: `nav.${keyof typeof zhCN.nav}`;
  icon: ReactNode;
  /** Only the exact path is "current" (the overview would otherwise match everything). */
  end?: boolean;
}

/** The side navigation; a feature joins it with one line here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.overview', icon: <DashboardOutlined aria-hidden />, end: true },
  { path: '/districts', label: 'nav.districts', icon: <ApartmentOutlined aria-hidden /> },
  { path: '/townships', label: 'nav.townships', icon: <EnvironmentOutlined aria-hidden /> },
];
