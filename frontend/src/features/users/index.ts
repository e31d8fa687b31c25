// The users feature's public surface, used by the app's routes.
export { UserListPage } from './components/UserListPage';
