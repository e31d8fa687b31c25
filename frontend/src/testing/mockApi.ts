import { vi } from 'vitest';
import type { components, paths } from '../lib/api/schema.gen';
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

type Problem = components['schemas']['Problem'];
type Method = 'get' | 'put' | 'post' | 'delete';

/** "METHOD /path/{param}" for every operation of the contract, e.g. "GET /api/v1/districts/{districtId}". */
export type Endpoint = {
  [P in keyof paths]: {
    [M in Method]: [NonNullable<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P}`;
  }[Method];
}[keyof paths];

/** The contract's operation behind an endpoint key. */
type OperationOf<E extends Endpoint> = E extends `${infer M} ${infer P extends keyof paths}`
  ? NonNullable<paths[P][Lowercase<M> & Method]>
  : never;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of the operation's 2xx answers (never for 204). */
type SuccessBody<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonOf<R[S]> : never }[keyof R]
  : never;

/** The JSON request body of the operation, undefined when it takes none. */
type RequestBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : undefined;

type PathParams<O> = O extends { parameters: { path: infer P } }
  ? { [K in keyof P]: string }
  : Record<string, never>;

/** What a handler sees of a request. */
export interface MockRequest<E extends Endpoint = Endpoint> {
  method: string;
  url: URL;
  /** The path parameters by their contract names, as sent (strings). */
  params: PathParams<OperationOf<E>>;
  headers: Headers;
  body: RequestBody<OperationOf<E>>;
}

/**
 * What a handler answers; `body` is sent as JSON: a success body of the operation, or a
 * problem (problem+json when status >= 400).
 */
export interface MockResponse<E extends Endpoint = Endpoint> {
  status?: number;
  body?: SuccessBody<OperationOf<E>> | Problem;
  /** Sent as is instead of `body`: what a proxy in front of the server might answer. */
  text?: string;
  headers?: Record<string, string>;
}

type Handler<E extends Endpoint> = (
  request: MockRequest<E>,
) => MockResponse<E> | Promise<MockResponse<E>>;

/** Handlers keyed by contract operation, e.g. "GET /api/v1/districts/{districtId}". */
export type Handlers = { [E in Endpoint]?: Handler<E> };

/** A recorded request, whichever endpoint answered it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: Headers;
  body: unknown;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: (request: RecordedRequest) => MockResponse | Promise<MockResponse>;
}

function compile(handlers: Handlers): Route[] {
  return Object.entries(handlers).map(([key, handler]) => {
    const [method = '', path = ''] = key.split(' ');
    const names: string[] = [];
    const source = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return {
      method,
      pattern: new RegExp(`^${source}$`),
      names,
      // The key checked the handler's types against its operation; here requests are plain.
      handler: handler as Route['handler'],
    };
  });
}

/**
 * Replaces fetch with a handler map, at the network boundary: the real API client, query hooks and
 * components run unchanged. Returns the recorded requests; an unmatched request fails the test.
 */
export function mockApi(handlers: Handlers): { calls: RecordedRequest[] } {
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
  const calls: RecordedRequest[] = [];
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
      let payload: string | null = null;
      if (answer.text !== undefined) payload = answer.text;
      else if (status !== 204 && answer.body !== undefined) payload = JSON.stringify(answer.body);
      return new Response(payload, {
        status,
        headers: { 'Content-Type': contentType, 'X-Request-Id': 'req-test', ...answer.headers },
      });
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
): { status: number; body: Problem } {
  return {
    status,
    body: {
      type: `urn:fumin:problem:${String(status)}`,
      title,
      status,
      requestId: `req-${String(status)}`,
      ...extra,
    },
  };
}
