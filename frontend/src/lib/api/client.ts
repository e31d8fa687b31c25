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

api.use({
  onRequest({ request }) {
    // The server localises problem titles, details and violation messages from this header.
    request.headers.set('Accept-Language', currentLanguage());
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
