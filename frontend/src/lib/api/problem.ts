import type { components } from './schema.gen';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

/**
 * A failed API call: the RFC 9457 problem the server answered with, or a synthetic one when the
 * server could not be reached (status 0) or answered with something that is not a problem.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly requestId: string | undefined;
  readonly violations: readonly Violation[];
  /** Seconds to wait before trying again (429 with Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(
    problem: Problem & { requestId?: string | undefined; retryAfter?: number | undefined },
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.requestId = problem.requestId;
    this.violations = problem.violations ?? [];
    this.retryAfter = problem.retryAfter;
  }

  /** True when the server could not be reached at all. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

function sanitizeViolations(value: unknown): Violation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const { field, message } = v as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/** Builds the ApiError for a non-2xx response whose body openapi-fetch has already parsed. */
function retryAfterOf(response: Response): number | undefined {
  const raw = response.headers.get('Retry-After');
  return raw !== null && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}

export function toApiError(response: Response, body: unknown): ApiError {
  const headerRequestId = response.headers.get('X-Request-Id') ?? undefined;
  const retryAfter = retryAfterOf(response);
  if (isProblem(body)) {
    return new ApiError({
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: response.status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      instance: typeof body.instance === 'string' ? body.instance : undefined,
      requestId: typeof body.requestId === 'string' ? body.requestId : headerRequestId,
      violations: sanitizeViolations(body.violations),
      retryAfter,
    });
  }
  return new ApiError({
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    requestId: headerRequestId,
    retryAfter,
  });
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({
    type: 'urn:fumin:problem:network',
    title: 'Network error',
    status: 0,
    detail: cause instanceof Error ? cause.message : undefined,
  });
  return error;
}
