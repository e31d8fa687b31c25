// The cases feature's public surface, used by the app's routes.
export { CaseListPage } from './components/CaseListPage';
export { CaseDetailPage, CaseNewPage } from './components/CaseDetailPage';
