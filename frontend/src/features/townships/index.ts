// The townships feature's public surface, used by the app's routes.
export { TownshipDetailPage } from './components/TownshipDetailPage';
export { TownshipListPage } from './components/TownshipListPage';
