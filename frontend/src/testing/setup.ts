import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '../i18n';
import { setCsrfToken } from '../lib/api/client';
import { clearSessionExpired } from '../lib/auth/currentUser';

// antd reads media queries (Grid, Layout.Sider) and pseudo-element styles, neither of which jsdom has.
// Width queries are answered for jsdom's window (1024 px wide), so the desktop layout renders.
function matches(query: string): boolean {
  // Reduced motion: antd then skips animations, which never finish in jsdom.
  if (query.includes('prefers-reduced-motion: reduce')) return true;
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  return (
    (!min || window.innerWidth >= Number(min[1])) && (!max || window.innerWidth <= Number(max[1]))
  );
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: matches(query),
    media: query,
    onchange: null,
    // Deprecated, but still what some antd code paths call.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    addListener: () => undefined,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

const originalGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => originalGetComputedStyle(element);

// axe-core probes canvas for icon fonts; jsdom has none and would log "Not implemented".
HTMLCanvasElement.prototype.getContext = () => null;

// Nor can a chart draw there: the charts library (loaded lazily, so it could resolve while a later
// test runs and throw on the missing canvas) is not drawn in unit tests. The figures are checked
// through their builders and table views; browser tests draw the real charts.
vi.mock('../features/overview/dashboard/EChartCanvas', () => ({ default: () => null }));

class ResizeObserverStub {
  observe(): void {
    /* jsdom does no layout */
  }
  unobserve(): void {
    /* jsdom does no layout */
  }
  disconnect(): void {
    /* jsdom does no layout */
  }
}
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverStub;
}

// Role queries skip their per-element visibility check (getComputedStyle up the tree), which is
// slow under antd's CSS-in-JS; closed modals and folded menus are unmounted, not hidden.
// A loaded machine (CI, parallel workers) renders antd slowly; 1 s made findBy* flaky.
configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  // Module state survives from file to file (test files share a module graph per worker).
  setCsrfToken(undefined);
  clearSessionExpired();
  document.title = '';
});
