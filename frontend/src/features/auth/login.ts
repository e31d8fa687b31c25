// The sign-in page alone, loaded lazily: it is the first screen of everyone signed out, so it
// does not bring the account pages' tables with it.
export { LoginPage } from './components/LoginPage';
