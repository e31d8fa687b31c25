import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { UserMenu } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { SideNav } from './SideNav';

const NAV_ID = 'main-nav';

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  // Narrow screens (and 200 % zoom) start with the navigation folded away.
  const narrow = screens.md === false;
  const [folded, setFolded] = useState<boolean | null>(null);
  const collapsed = folded ?? narrow;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Button
          type="text"
          icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
          aria-label={collapsed ? t('app.openNav') : t('app.closeNav')}
          aria-expanded={!collapsed}
          aria-controls={NAV_ID}
          onClick={() => {
            setFolded(!collapsed);
          }}
        />
        <Link to="/" className="app-title">
          <span className="app-title-full">{t('app.title')}</span>
          <span className="app-title-short">{t('app.shortTitle')}</span>
        </Link>
        <NotificationBell />
        <UserMenu />
        <LanguageSwitch />
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider
          width={200}
          collapsedWidth={0}
          collapsed={collapsed}
          trigger={null}
          theme="light"
          className="app-sider"
        >
          <nav id={NAV_ID} aria-label={t('app.mainNav')}>
            {!collapsed && (
              <SideNav
                onNavigate={() => {
                  if (narrow) setFolded(true);
                }}
              />
            )}
          </nav>
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} className="app-main">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
