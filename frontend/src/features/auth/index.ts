// The auth feature's public surface, used by the app shell and routes.
export { AccountPage } from './components/AccountPage';
export { AuthGate, CHANGE_PASSWORD_PATH } from './components/AuthGate';
export { LoginPage } from './components/LoginPage';
export { PasswordChangePage } from './components/PasswordChangePage';
export { UserMenu } from './components/UserMenu';
