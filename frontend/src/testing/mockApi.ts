import { vi } from 'vitest';
import type { Me } from '../lib/api/types';

export function testUser(overrides: Partial<Me> = {}): Me {
  return {
    id: 1,
    username: 'admin',
    displayName: '王管理',
    role: 'CITY_ADMIN',
    mustChangePassword: false,
    csrfToken: 'csrf-test-token',
    ...overrides,
  };
}

/** What a handler sees of a request. */
export interface MockRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: Headers;
  body: unknown;
}

/** What a handler answers; `body` is sent as JSON (problem+json when status >= 400). */
export interface MockResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: MockRequest) => MockResponse | Promise<MockResponse>;

/** Handlers keyed by "METHOD /path/:param", e.g. "GET /api/v1/districts/:id". */
export type Handlers = Record<string, Handler>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function compile(handlers: Handlers): Route[] {
  return Object.entries(handlers).map(([key, handler]) => {
    const [method = '', path = ''] = key.split(' ');
    const names: string[] = [];
    const source = path.replace(/:(\w+)/g, (_match, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { method, pattern: new RegExp(`^${source}$`), names, handler };
  });
}

/**
 * Replaces fetch with a handler map, at the network boundary: the real API client, query hooks and
 * components run unchanged. Returns the recorded requests; an unmatched request fails the test.
 */
export function mockApi(handlers: Handlers): { calls: MockRequest[] } {
  // Signed in unless a test says otherwise, with no notifications for the header's bell; these
  // requests are not recorded in `calls`.
  const signedIn: Handlers = {
    'GET /api/v1/auth/me': () => ({ body: testUser() }),
    'GET /api/v1/notifications': () => ({
      body: { items: [], page: 1, size: 5, total: 0, unread: 0 },
    }),
  };
  const routes = [...compile(handlers), ...compile(signedIn)];
  const defaults = new Set(routes.slice(Object.keys(handlers).length));
  const calls: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    for (const route of routes) {
      if (route.method !== request.method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, match[i + 1] ?? '']));
      const mockRequest = { method: request.method, url, params, headers: request.headers, body };
      if (!defaults.has(route)) calls.push(mockRequest);
      const answer = await route.handler(mockRequest);
      const status = answer.status ?? 200;
      const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
      return new Response(
        status === 204 || answer.body === undefined ? null : JSON.stringify(answer.body),
        {
          status,
          headers: { 'Content-Type': contentType, 'X-Request-Id': 'req-test', ...answer.headers },
        },
      );
    }
    throw new Error(`mockApi: no handler for ${request.method} ${url.pathname}${url.search}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

/** A problem+json answer. */
export function problem(
  status: number,
  title: string,
  extra: { detail?: string; violations?: { field: string; message: string }[] } = {},
): MockResponse {
  return {
    status,
    body: {
      type: `urn:fumin:problem:${status}`,
      title,
      status,
      requestId: `req-${status}`,
      ...extra,
    },
  };
}
