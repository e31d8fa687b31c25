// The auth feature's public surface, used by the app shell and routes.
export { AuthGate } from './components/AuthGate';
export { LoginPage } from './components/LoginPage';
export { UserMenu } from './components/UserMenu';
