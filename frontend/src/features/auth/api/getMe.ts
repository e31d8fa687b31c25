// The current user lives in lib/auth: the shell and every feature ask who is signed in.
export { fetchMe, meQueryOptions, useMe } from '../../../lib/auth/currentUser';
