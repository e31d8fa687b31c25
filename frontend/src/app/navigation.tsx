import {
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  BellOutlined,
  CalendarOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  KeyOutlined,
  ProfileOutlined,
  ReadOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type zhCN from '../i18n/zh-CN';
import type { Permission } from '../lib/auth/permissions';

export interface NavItem {
  path: string;
  label: `nav.${keyof typeof zhCN.nav}`;
  icon: ReactNode;
  /** Only the exact path is "current" (the overview would otherwise match everything). */
  end?: boolean;
  /** Shown only to roles with this permission; everyone signed in sees the rest. */
  permission?: Permission;
}

/** The side navigation; a feature joins it with one line here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.overview', icon: <DashboardOutlined aria-hidden />, end: true },
  { path: '/rounds', label: 'nav.rounds', icon: <CalendarOutlined aria-hidden /> },
  { path: '/frameworks', label: 'nav.frameworks', icon: <ProfileOutlined aria-hidden /> },
  { path: '/nominations', label: 'nav.nominations', icon: <SolutionOutlined aria-hidden /> },
  {
    path: '/evidence/review',
    label: 'nav.evidenceReview',
    icon: <FileDoneOutlined aria-hidden />,
    permission: 'reviewEvidence',
  },
  {
    path: '/cases',
    label: 'nav.cases',
    icon: <ReadOutlined aria-hidden />,
    permission: 'readCases',
  },
  {
    path: '/assessment',
    label: 'nav.assessment',
    icon: <SafetyCertificateOutlined aria-hidden />,
    permission: 'viewAssessment',
  },
  {
    path: '/ranking',
    label: 'nav.ranking',
    icon: <OrderedListOutlined aria-hidden />,
    permission: 'viewRanking',
  },
  { path: '/districts', label: 'nav.districts', icon: <ApartmentOutlined aria-hidden /> },
  { path: '/townships', label: 'nav.townships', icon: <EnvironmentOutlined aria-hidden /> },
  {
    path: '/users',
    label: 'nav.users',
    icon: <TeamOutlined aria-hidden />,
    permission: 'manageUsers',
  },
  {
    path: '/api-keys',
    label: 'nav.apiKeys',
    icon: <KeyOutlined aria-hidden />,
    permission: 'manageApiKeys',
  },
  {
    path: '/audit',
    label: 'nav.audit',
    icon: <AuditOutlined aria-hidden />,
    permission: 'viewAudit',
  },
  {
    path: '/imports',
    label: 'nav.imports',
    icon: <CloudUploadOutlined aria-hidden />,
    permission: 'importData',
  },
  { path: '/notifications', label: 'nav.notifications', icon: <BellOutlined aria-hidden /> },
  { path: '/account', label: 'nav.account', icon: <UserOutlined aria-hidden /> },
];
