// The API keys feature's public surface, used by the app's routes.
export { ApiKeyListPage } from './components/ApiKeyListPage';
