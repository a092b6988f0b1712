/**
 * Request body size. Query-string limits live in api/schema.ts, filter_by's in
 * typesense/filter-by/syntax.ts.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './env.js';
import { ApiException } from '../errors.js';

/** A public request body (a multi_search of a few dozen searches) fits well within this. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** Ingestion sends whole batches of suppliers. */
export const DEFAULT_MAX_ADMIN_BODY_BYTES = 64 * 1024 * 1024;

export interface BodySizeOptions {
  maxBytes?: number;
  /** For verified admin keys only: runs after the keys middleware, so an unverified sender never gets it. */
  maxAdminBytes?: number;
}

/** 413 `payload_too_large`, naming the limit. */
export function bodySize({ maxBytes = DEFAULT_MAX_BODY_BYTES, maxAdminBytes = DEFAULT_MAX_ADMIN_BODY_BYTES }: BodySizeOptions = {}): MiddlewareHandler<AppEnv> {
  const limited = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new ApiException(413, 'payload_too_large', `The request body is over the limit of ${limit} bytes.`, { limit });
      },
    });
  const publicLimit = limited(maxBytes);
  const adminLimit = limited(maxAdminBytes);
  return async function bodySize(c, next) {
    // No route reads the body of a GET or HEAD (the Node adapter gives them none), and
    // asking for it would build the whole fetch Request on every search for nothing.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return c.get('caller')?.kind === 'admin' ? adminLimit(c, next) : publicLimit(c, next);
  };
}
