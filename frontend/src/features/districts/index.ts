// The districts feature's public surface, used by the app's routes.
export { DistrictDetailPage } from './components/DistrictDetailPage';
export { DistrictListPage } from './components/DistrictListPage';
