/**
 * The API's one exception type and the one handler that turns anything thrown into
 * the contract's ErrorBody. Messages are English, for developers; `code` is the
 * stable part clients branch on.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../sdk/src/types.js';

export type ErrorDetails = NonNullable<ErrorBody['error']['details']>;

export class ApiException extends HTTPException {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  /** Sent as Retry-After (a 503 whose cause is expected to pass). */
  retryAfterSeconds?: number;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string, details?: ErrorDetails) {
    super(status, { message });
    this.name = 'ApiException';
    this.code = code;
    this.details = details;
  }
}

/** A 400 about one query parameter, path segment or body field. */
export function invalidParameter(
  parameter: string,
  message: string,
  code: ErrorCode = 'invalid_parameter',
  extra: Omit<ErrorDetails, 'parameter'> = {},
): ApiException {
  return new ApiException(400, code, message, { parameter, ...extra });
}

/** A 503: a backend (the search engine) does not answer; clients may retry after `retryAfterSeconds`. */
export function unavailable(message: string, retryAfterSeconds: number, cause?: unknown): ApiException {
  const error = new ApiException(503, 'unavailable', message);
  error.retryAfterSeconds = retryAfterSeconds;
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** What the client sees for an HTTPException that Hono or a middleware threw itself. */
const CODE_OF_STATUS: Partial<Record<number, { code: ErrorCode; message: string }>> = {
  400: { code: 'invalid_body', message: 'The request is malformed.' },
  401: { code: 'unauthorized', message: 'Authentication is required.' },
  403: { code: 'forbidden', message: 'This key may not do this.' },
  404: { code: 'not_found', message: 'Nothing here.' },
  405: { code: 'method_not_allowed', message: 'Method not allowed on this path.' },
  413: { code: 'payload_too_large', message: 'The request body is too large.' },
  429: { code: 'rate_limited', message: 'Too many requests.' },
  503: { code: 'unavailable', message: 'The service is unavailable.' },
};

const INTERNAL = { code: 'internal', message: 'Internal error.' } as const;

export function errorBody(
  c: Context,
  code: ErrorCode,
  message: string,
  details?: ErrorDetails,
): ErrorBody {
  return {
    error: details ? { code, message, details } : { code, message },
    requestId: (c.get('requestId') as string | undefined) ?? '',
  };
}

export interface ErrorHandlerOptions {
  /** Called with errors the API did not expect (answered 500), to log them; the client never sees them. */
  onInternalError?: (error: unknown, c: Context) => void;
}

export function errorHandler(options: ErrorHandlerOptions = {}): ErrorHandler {
  return function apiErrorHandler(error, c) {
    if (error instanceof ApiException) {
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(Math.ceil(error.retryAfterSeconds)));
      return c.json(errorBody(c, error.code, error.message, error.details), error.status);
    }
    if (error instanceof HTTPException) {
      const known = CODE_OF_STATUS[error.status] ?? INTERNAL;
      const status = known === INTERNAL ? 500 : error.status;
      return c.json(errorBody(c, known.code, known.message), status);
    }
    // Engine and library errors may carry internals (queries, paths, hosts): never pass them on.
    options.onInternalError?.(error, c);
    return c.json(errorBody(c, INTERNAL.code, INTERNAL.message), 500);
  };
}

export const notFound: NotFoundHandler = function notFound(c) {
  return c.json(errorBody(c, 'not_found', `No route for ${c.req.method} ${c.req.path}.`), 404);
};
