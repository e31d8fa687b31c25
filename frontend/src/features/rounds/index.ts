// The rounds feature's public surface, used by the app's routes.
export { RoundDetailPage } from './components/RoundDetailPage';
export { RoundListPage } from './components/RoundListPage';
