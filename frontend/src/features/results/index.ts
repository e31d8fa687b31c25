// The public results page, loaded lazily outside the signed-in layout.
export { PublicResultsPage } from './components/PublicResultsPage';
