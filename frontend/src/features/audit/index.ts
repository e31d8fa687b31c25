// The audit feature's public surface, used by the app's routes.
export { AuditLogPage } from './components/AuditLogPage';
