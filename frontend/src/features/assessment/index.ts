// The year-end assessment's public surface, used by the app's routes.
import './components/assessment.css';

export { AssessmentQueuePage } from './components/AssessmentQueuePage';
export { JudgementPage } from './components/JudgementPage';
export { PublicationPage } from './components/PublicationPage';
export { RankingPage } from './components/RankingPage';
export { VerdictPage } from './components/VerdictPage';
