// The auth feature's public surface for the app shell (loaded with the first screen).
// Its pages are in ./pages, loaded when their route is visited.
export { AuthGate, CHANGE_PASSWORD_PATH } from './components/AuthGate';
export { UserMenu } from './components/UserMenu';
