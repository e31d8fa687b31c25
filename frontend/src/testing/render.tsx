import { StyleProvider } from '@ant-design/cssinjs';
import type { QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/queryClient';
import { routes } from '../app/routes';

// Tests check behaviour and semantics, not looks: antd makes no CSS-in-JS rules under test
// (zero-runtime theme; generating and serialising them was much of every render's time), and
// the few made above it (the app's own providers) go to a detached node, since jsdom's
// getComputedStyle walks every stylesheet in the document.
const detachedStyles = document.createElement('div');
const NO_RUNTIME_STYLES = { zeroRuntime: true };

/** The app's query client (with its 401 and password-change handling), without retries. */
export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({
    queries: { retry: false, staleTime: 0, refetchOnWindowFocus: false },
    mutations: { retry: false },
  });
  return client;
}

export interface RenderedApp extends RenderResult {
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
  /** The current path and query string, e.g. "/districts?page=2". */
  location: () => string;
}

function renderRoutes(routeObjects: RouteObject[], url: string): RenderedApp {
  const router = createMemoryRouter(routeObjects, { initialEntries: [url] });
  const queryClient = testQueryClient();
  const result = render(
    <StyleProvider container={detachedStyles}>
      <AppProviders queryClient={queryClient}>
        <ConfigProvider theme={NO_RUNTIME_STYLES}>
          <RouterProvider router={router} />
        </ConfigProvider>
      </AppProviders>
    </StyleProvider>,
  );
  return {
    ...result,
    router,
    queryClient,
    location: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}

/** The whole app (layout, routes, providers) at a URL, talking to whatever mockApi answers. */
export function renderApp(url = '/'): RenderedApp {
  return renderRoutes(routes, url);
}

/** One component under the real providers and a router at `url`. */
export function renderWithProviders(ui: ReactNode, url = '/'): RenderedApp {
  return renderRoutes([{ path: '*', element: ui }], url);
}
