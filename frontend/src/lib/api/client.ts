import createClient from 'openapi-fetch';
import { currentLanguage } from '../../i18n';
import { networkError, toApiError } from './problem';
import type { paths } from './schema.gen';

export { ApiError, isApiError } from './problem';
export type { Problem, Violation } from './problem';

/**
 * The typed client for /api/v1. Same origin: the backend serves this SPA, and Vite proxies /api
 * in development. `fetch` is looked up on every call so tests can replace it at the network edge.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location.origin,
  fetch: (request: Request) => globalThis.fetch(request),
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | undefined;

/** Remembers the CSRF token the server handed out with the signed-in user (GET /auth/me, login). */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? undefined;
}

/** The CSRF token a session-authenticated state change must echo (for requests made without `api`). */
export function currentCsrfToken(): string | undefined {
  if (csrfToken) return csrfToken;
  // After a reload, before /auth/me has answered: the server's readable fumin_csrf cookie.
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('fumin_csrf='));
  return cookie ? decodeURIComponent(cookie.slice('fumin_csrf='.length)) : undefined;
}

api.use({
  onRequest({ request }) {
    // The server localises problem titles, details and violation messages from this header.
    request.headers.set('Accept-Language', currentLanguage());
    // Session-authenticated state changes must echo the CSRF token.
    const token = currentCsrfToken();
    if (!SAFE_METHODS.has(request.method) && token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
  onError({ error }) {
    return networkError(error);
  },
});

interface Result<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful response; throws ApiError for any problem. */
export function expectData<D>(result: Result<D>): D {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response, result.error);
  }
  if (result.data === undefined) {
    throw toApiError(result.response, undefined);
  }
  return result.data;
}

/** For responses without a body (204): throws ApiError unless the call succeeded. */
export function expectOk(result: Result<unknown>): void {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response, result.error);
  }
}

/** The version tag of a single resource, to send back in If-Match. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('ETag') ?? undefined;
}

/** A fresh Idempotency-Key for a create request. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
