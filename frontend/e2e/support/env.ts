import os from 'node:os';
import path from 'node:path';

/**
 * Where the e2e run's own backend listens and keeps its state. Everything is derived from the port
 * so that two runs on one machine (different FUMIN_E2E_PORT) do not share anything.
 */
export const PORT = Number(process.env.FUMIN_E2E_PORT ?? '18080');
export const BASE_URL = process.env.FUMIN_BASE_URL ?? `http://localhost:${PORT}`;
export const STATE_DIR = path.join(os.tmpdir(), `fumin-e2e-${PORT}`);
export const DB_DIR = path.join(STATE_DIR, 'db');
export const AUTH_DIR = path.join(STATE_DIR, 'auth');
export const FIXTURES_FILE = path.join(STATE_DIR, 'fixtures.json');

/** The first city admin's initial password (FUMIN_ADMIN_PASSWORD) and what setup changes it to. */
export const ADMIN_INITIAL_PASSWORD = process.env.FUMIN_ADMIN_PASSWORD ?? 'E2e#Initial-Admin-2026';
/** Every test user's password after setup; meets the policy and contains no username. */
export const PASSWORD = 'Gl#Yangzhou-2026-pw';

export const ROLES = [
  'CITY_ADMIN',
  'CITY_ASSESSOR',
  'DISTRICT_ADMIN',
  'TOWNSHIP_OPERATOR',
  'VIEWER',
] as const;
export type Role = (typeof ROLES)[number];

/** One signed-in test user per role; CITY_ADMIN is the first admin. */
export const USERNAMES: Record<Role, string> = {
  CITY_ADMIN: 'admin',
  CITY_ASSESSOR: 'e2e-assessor',
  DISTRICT_ADMIN: 'e2e-distadmin',
  TOWNSHIP_OPERATOR: 'e2e-operator',
  VIEWER: 'e2e-viewer',
};

/** The signed-in browser state (session + CSRF cookies) of a role, written by global setup. */
export function storageStateOf(role: Role): string {
  return path.join(AUTH_DIR, `${role}.json`);
}

/** Data made by global setup that tests refer to. */
export interface Fixtures {
  /** 广陵区 (seeded). */
  guangling: { id: number; code: string; name: string };
  /** Another seeded district. */
  otherDistrict: { id: number; code: string; name: string };
  /** The township operator's own township, in 广陵区. */
  ownTownship: { id: number; code: string; name: string };
  /** A township of another district that the operator must not see. */
  otherTownship: { id: number; code: string; name: string };
  /** A user who has never signed in: username and one-time password. */
  newcomer: { username: string; password: string };
  /** A user that the sign-in tests use (never locked by the wrong-password test's single try). */
  signInUser: { username: string; password: string; displayName: string };
}
