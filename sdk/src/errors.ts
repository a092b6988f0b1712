import type { ErrorBody, ErrorCode } from './types.js';

/**
 * Marks our errors across realms (iframes, a second copy of the bundle), where
 * `instanceof` fails: `Symbol.for` is shared by every realm. A bare `name` check
 * would also accept the platform's own `TimeoutError` DOMException.
 */
const brand = Symbol.for('achat-inclusif.error');

/** Base of every error the SDK throws (except a caller's own abort reason). */
export class InclusifError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InclusifError';
  }
}
Object.defineProperty(InclusifError.prototype, brand, { value: true });

/** The API answered with an error status, or with a body that is not the JSON expected. */
export class ApiError extends InclusifError {
  /** HTTP status. */
  readonly status: number;
  /** `invalid_response` when the body was not the JSON expected (a proxy's HTML page, say). */
  readonly code: ErrorCode | 'invalid_response';
  /** Quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The parsed error body, when there was one. */
  readonly body: ErrorBody | undefined;

  /** `body` is the parsed response, if it was JSON; `requestId` the x-request-id header. */
  constructor(status: number, body: unknown, requestId: string | null) {
    const valid = typeof (body as ErrorBody | undefined)?.error?.message === 'string' ? (body as ErrorBody) : undefined;
    super(valid?.error.message ?? `HTTP ${status} : réponse invalide, JSON attendu / invalid response, JSON expected`);
    this.name = 'ApiError';
    this.status = status;
    this.code = valid?.error.code ?? 'invalid_response';
    this.requestId = valid?.requestId ?? requestId ?? undefined;
    this.body = valid;
  }
}

/** No response: DNS, connection refused, CORS, connection reset... (`cause` says which). */
export class NetworkError extends InclusifError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** No response within `timeout` milliseconds, retries included. */
export class TimeoutError extends InclusifError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TimeoutError';
  }
}

const guard =
  <T>(type: abstract new (...args: never[]) => T, ...names: string[]) =>
  (error: unknown): error is T =>
    error instanceof type ||
    (!!error && (error as Record<symbol, unknown>)[brand] === true && names.includes((error as Error).name));

export const isInclusifError = guard(InclusifError, 'InclusifError', 'ApiError', 'NetworkError', 'TimeoutError');
export const isApiError = guard(ApiError, 'ApiError');
export const isNetworkError = guard(NetworkError, 'NetworkError');
export const isTimeoutError = guard(TimeoutError, 'TimeoutError');
