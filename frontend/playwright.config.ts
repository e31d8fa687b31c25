import { defineConfig } from '@playwright/test';
import { ADMIN_INITIAL_PASSWORD, BASE_URL, DB_DIR, PORT } from './e2e/support/env';

// Browser tests against the real, packaged backend serving the built SPA. Unless FUMIN_BASE_URL
// names a running one, the run starts its own backend on a fresh embedded database
// (`npm run build` and `./mvnw package` first; `make test` does both).
// Chromium comes from Debian (apt-get install chromium); never download browsers.
const external = process.env.FUMIN_BASE_URL !== undefined;

export default defineConfig({
  testDir: 'e2e',
  // Generous: the CI machine has two cores shared with the backend and its database.
  timeout: 120_000,
  fullyParallel: true,
  expect: { timeout: 20_000 },
  retries: 0,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        command: `rm -rf '${DB_DIR}' && exec java -jar ${process.env.FUMIN_E2E_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar'}`,
        url: `${BASE_URL}/q/health/ready`,
        env: {
          PORT: String(PORT),
          FUMIN_DATABASE_DIR: DB_DIR,
          FUMIN_ADMIN_PASSWORD: ADMIN_INITIAL_PASSWORD,
          // Plain HTTP on localhost: cookies cannot be Secure here.
          FUMIN_AUTH_SECURE_COOKIES: 'false',
          FUMIN_LOG_JSON: 'false',
          // Password hashing is not under test here; production strength costs ~1 s a sign-in
          // on a busy two-core machine, and the run signs in dozens of times.
          FUMIN_AUTH_PASSWORD_ITERATIONS: '10000',
        },
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
        // Java stops its embedded PostgreSQL on SIGTERM.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      },
});
