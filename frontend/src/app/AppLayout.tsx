import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { UserMenu } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { BrandMark } from './BrandMark';
import { CareModeSwitch } from './CareModeSwitch';
import { SideNav } from './SideNav';

const NAV_ID = 'main-nav';

const NavDrawer = lazy(() => import('./NavDrawer'));

/**
 * The shell around every signed-in page. Wide screens have a side navigation that folds away;
 * below the `md` breakpoint (phones, 200 % zoom) the header is compact and the navigation opens
 * as a drawer over the content, so the page keeps its full width.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [folded, setFolded] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const expanded = narrow ? drawerOpen : !folded;

  const navigation = (onNavigate?: () => void) => (
    <nav id={NAV_ID} aria-label={t('app.mainNav')}>
      <SideNav {...(onNavigate && { onNavigate })} />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className={narrow ? 'app-header app-header-compact' : 'app-header'}>
        <Button
          type="text"
          icon={expanded ? <MenuFoldOutlined aria-hidden /> : <MenuUnfoldOutlined aria-hidden />}
          aria-label={expanded ? t('app.closeNav') : t('app.openNav')}
          aria-expanded={expanded}
          {...(expanded && { 'aria-controls': NAV_ID })}
          onClick={() => {
            if (narrow) setDrawerOpen(!drawerOpen);
            else setFolded(!folded);
          }}
        />
        <Link to="/" className="app-brand">
          <BrandMark />
          <span className="app-title">
            <span className="app-bureau">{t('app.bureau')}</span>
            <span className="app-title-full">{t('app.title')}</span>
            <span className="app-title-short">{t('app.shortTitle')}</span>
          </span>
        </Link>
        <NotificationBell />
        <UserMenu />
        <CareModeSwitch />
        <LanguageSwitch compact={narrow} />
      </Layout.Header>
      <Layout hasSider={!narrow}>
        {narrow ? (
          <Suspense fallback={null}>
            <NavDrawer
              open={drawerOpen}
              title={t('app.shortTitle')}
              onClose={() => {
                setDrawerOpen(false);
              }}
            >
              {navigation(() => {
                setDrawerOpen(false);
              })}
            </NavDrawer>
          </Suspense>
        ) : (
          <Layout.Sider
            width={200}
            collapsedWidth={0}
            collapsed={folded}
            trigger={null}
            theme="light"
            className="app-sider"
          >
            {!folded && navigation()}
          </Layout.Sider>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-main">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
