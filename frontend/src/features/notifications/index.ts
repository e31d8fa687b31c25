// The notifications feature's public surface: the header's bell and the notifications page.
export { NotificationBell } from './components/NotificationBell';
export { NotificationListPage } from './components/NotificationListPage';
