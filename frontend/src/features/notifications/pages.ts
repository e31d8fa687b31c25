// The notifications feature's page, loaded lazily by the app's routes.
export { NotificationListPage } from './components/NotificationListPage';
