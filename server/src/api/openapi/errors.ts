/**
 * The error answers: one ErrorBody schema, one reusable response per HTTP status,
 * each listing the codes it carries with an example body. The record is keyed by
 * ErrorCode so a new code cannot go undocumented.
 */
import type { ErrorCode } from '../../../../sdk/src/types.js';
import { ref } from './schemas.js';
import type { Example, Response } from './types.js';

interface CodeText {
  status: number;
  summary: string;
  message: string;
  parameter?: string;
}

export const ERROR_CODES: Record<ErrorCode, CodeText> = {
  invalid_parameter: { status: 400, summary: 'A value is malformed, out of range, unknown to the taxonomy, or does not fit with another parameter.', message: 'kind: Unknown value "XYZ".', parameter: 'kind' },
  unknown_parameter: { status: 400, summary: 'The endpoint has no such parameter (often a typo).', message: 'Unknown parameter "secteur".', parameter: 'secteur' },
  limit_exceeded: { status: 400, summary: 'Past a size limit: text length, values per parameter, or pagination depth.', message: 'page: Pages stop at result 10000: narrow the search instead.', parameter: 'page' },
  invalid_body: { status: 400, summary: 'The request is malformed.', message: 'The request is malformed.' },
  unauthorized: { status: 401, summary: 'The key is missing or unknown where one is required.', message: 'Authentication is required.' },
  forbidden: { status: 403, summary: 'The key may not do this (origin or scope).', message: 'This key may not do this.' },
  not_found: { status: 404, summary: 'No such route, or no such supplier (within the key’s scope).', message: 'No such supplier.', parameter: 'id' },
  method_not_allowed: { status: 405, summary: 'The path exists but not for this method; the Allow header lists the methods.', message: 'POST is not allowed here; use GET.' },
  demo_data: { status: 409, summary: 'An admin write while the server shows the demo data, which is not stored: import a directory first.', message: 'The server shows the demo data, which is not stored: import a directory first.' },
  payload_too_large: { status: 413, summary: 'The request body is too large.', message: 'The request body is too large.' },
  rate_limited: { status: 429, summary: 'Too many requests for this key; retry later.', message: 'Too many requests.' },
  internal: { status: 500, summary: 'An unexpected error; the requestId helps trace it.', message: 'Internal error.' },
  unavailable: { status: 503, summary: 'The search engine does not answer; retry later.', message: 'The service is unavailable.' },
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

/** The component name of the shared response for a status, e.g. `Error400`. */
export function errorResponseName(status: number): string {
  return `Error${status}`;
}

export function errorResponses(): Record<string, Response> {
  const byStatus = new Map<number, [ErrorCode, CodeText][]>();
  for (const [code, text] of Object.entries(ERROR_CODES) as [ErrorCode, CodeText][]) {
    byStatus.set(text.status, [...(byStatus.get(text.status) ?? []), [code, text]]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => {
      const examples: Record<string, Example> = Object.fromEntries(
        codes.map(([code, text]) => [
          code,
          {
            summary: text.summary,
            value: {
              error: { code, message: text.message, ...(text.parameter ? { details: { parameter: text.parameter } } : {}) },
              requestId: '5f0c6a8e-3b9d-4c1e-9a57-2d8e41b7c0f3',
            },
          },
        ]),
      );
      const response: Response = {
        description: `${STATUS_TEXT[status] ?? 'Error'}: ${codes.map(([code]) => code).join(', ')}.`,
        content: { 'application/json': { schema: ref('ErrorBody'), examples } },
      };
      return [errorResponseName(status), response];
    }),
  );
}
