import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // Anchored, so that an SPA route such as /quotas is not sent to the backend.
      '^/api/': { target: backend, changeOrigin: false },
      '^/q/': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // React and the router change rarely: one vendor chunk that app releases do not invalidate.
    // antd is left to the bundler, so each lazy route carries only the components it uses.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    // Most of a test file's time went into starting jsdom and importing antd and its CSS-in-JS
    // afresh for every file. One module graph per worker thread imports them once; each test
    // still starts clean (src/testing/setup.ts resets the DOM, storage, timers, language and the
    // client's session state, and every render gets its own query client and router).
    pool: 'threads',
    isolate: false,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    testTimeout: 60000,
  },
});
