// The public (signed-out) pages of published typical cases, loaded apart from the signed-in app.
export { PublicCaseDetailPage, PublicCaseListPage } from './components/PublicCasePages';
