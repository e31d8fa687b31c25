// The auth feature's pages, loaded lazily by the app's routes.
export { AccountPage } from './components/AccountPage';
export { PasswordChangePage } from './components/PasswordChangePage';
