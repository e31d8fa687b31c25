// The frameworks feature's public surface, used by the app's routes.
export { FrameworkDetailPage } from './components/FrameworkDetailPage';
export { FrameworkListPage } from './components/FrameworkListPage';
