// The nominations feature's public surface, used by the app's routes.
export { NominationDetailPage } from './components/NominationDetailPage';
export { NominationListPage } from './components/NominationListPage';
export { NominationDossierPage } from './dossier/components/NominationDossierPage';
