// The evidence feature's public surface, used by the app's routes.
import './components/evidence.css';

export { EvidenceIndicatorPage } from './components/EvidenceIndicatorPage';
export { EvidenceReviewPage } from './components/EvidenceReviewPage';
export { EvidenceWorkspacePage } from './components/EvidenceWorkspacePage';
