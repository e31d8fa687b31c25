import { mkdir, writeFile } from 'node:fs/promises';
import { ApiSession, expectOk } from './support/api';
import { ensureTownship } from './support/townships';
import {
  ADMIN_INITIAL_PASSWORD,
  AUTH_DIR,
  FIXTURES_FILE,
  PASSWORD,
  ROLES,
  USERNAMES,
  storageStateOf,
  type Fixtures,
  type Role,
} from './support/env';

interface Named {
  id: number;
  code: string;
  name: string;
}
interface Page<T> {
  items: T[];
  total: number;
}
interface User {
  id: number;
  username: string;
  displayName: string;
}
interface UserWithPassword {
  user: User;
  initialPassword: string;
}

/**
 * Prepares the fresh backend through its API: the first admin changes the initial password, one
 * user per role is created and signs in once (changing the one-time password), and the signed-in
 * cookies are stored for the tests. Re-running against the same backend also works.
 */
export default async function globalSetup(): Promise<void> {
  await mkdir(AUTH_DIR, { recursive: true });

  const admin = await signInAdmin();
  const guangling = await districtByCode(admin, '321002');
  const otherDistrict = await districtByCode(admin, '321003');
  const ownTownship = await ensureTownship(admin, '321002901', 'E2E自有镇', guangling.id);
  const otherTownship = await ensureTownship(admin, '321003901', 'E2E他区镇', otherDistrict.id);

  const scopes: Record<Role, { districtId?: number; townshipId?: number }> = {
    CITY_ADMIN: {},
    CITY_ASSESSOR: {},
    DISTRICT_ADMIN: { districtId: guangling.id },
    TOWNSHIP_OPERATOR: { townshipId: ownTownship.id },
    VIEWER: {},
  };
  for (const role of ROLES) {
    if (role === 'CITY_ADMIN') continue;
    const oneTime = await ensureUser(admin, USERNAMES[role], `测试${role}`, role, scopes[role]);
    const user = await signInChanging(USERNAMES[role], oneTime);
    await user.saveState(storageStateOf(role));
    await user.dispose();
  }
  await admin.saveState(storageStateOf('CITY_ADMIN'));

  const newcomerPassword = await ensureUser(admin, 'e2e-newcomer', '新来的', 'VIEWER', {});
  const signInName = '签到测试员';
  const signInPassword = await ensureUser(admin, 'e2e-signin', signInName, 'VIEWER', {});
  await (await signInChanging('e2e-signin', signInPassword)).dispose();
  await admin.dispose();

  const fixtures: Fixtures = {
    guangling,
    otherDistrict,
    ownTownship,
    otherTownship,
    newcomer: { username: 'e2e-newcomer', password: newcomerPassword },
    signInUser: { username: 'e2e-signin', password: PASSWORD, displayName: signInName },
  };
  await writeFile(FIXTURES_FILE, JSON.stringify(fixtures, null, 2));
}

async function signInAdmin(): Promise<ApiSession> {
  const changed = await ApiSession.signIn(USERNAMES.CITY_ADMIN, PASSWORD);
  if (changed) return changed;
  const first = await ApiSession.signIn(USERNAMES.CITY_ADMIN, ADMIN_INITIAL_PASSWORD);
  if (!first)
    throw new Error('Cannot sign in as admin: is FUMIN_ADMIN_PASSWORD the one the backend got?');
  await first.changePassword(ADMIN_INITIAL_PASSWORD, PASSWORD);
  return first;
}

/** Signs in with a one-time password and changes it to PASSWORD. */
async function signInChanging(username: string, oneTime: string): Promise<ApiSession> {
  const session = await ApiSession.signIn(username, oneTime);
  if (!session) throw new Error(`The one-time password of ${username} was refused`);
  await session.changePassword(oneTime, PASSWORD);
  return session;
}

async function districtByCode(admin: ApiSession, code: string): Promise<Named> {
  const page = await admin.get<Page<Named>>(`/api/v1/districts?q=${code}`);
  const district = page.items.find((d) => d.code === code);
  if (!district) throw new Error(`Seeded district ${code} is missing`);
  return { id: district.id, code: district.code, name: district.name };
}

/**
 * Creates the user, answering its one-time password; if it exists already (a re-run against the
 * same backend), resets its password for a fresh one-time password.
 */
async function ensureUser(
  admin: ApiSession,
  username: string,
  displayName: string,
  role: Role,
  scope: { districtId?: number; townshipId?: number },
): Promise<string> {
  const response = await admin.post('/api/v1/users', { username, displayName, role, ...scope });
  if (response.status() !== 409) {
    await expectOk(response, `create user ${username}`);
    return ((await response.json()) as UserWithPassword).initialPassword;
  }
  const page = await admin.get<Page<User>>(`/api/v1/users?q=${username}`);
  const user = page.items.find((u) => u.username === username);
  if (!user) throw new Error(`User ${username} exists but cannot be found`);
  const reset = await admin.postOk<UserWithPassword>(`/api/v1/users/${user.id}/reset-password`);
  return reset.initialPassword;
}
