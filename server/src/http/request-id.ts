import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

export interface RequestIdOptions {
  generate?: () => string;
}

/** Ids a client may choose itself: short and free of anything that could forge log lines. */
const SANE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives each request an id (the client's `x-request-id` when sane) and echoes it on
 * the response. Set after the response exists, so that a 304 built by an inner
 * middleware carries it too.
 */
export function requestId(options: RequestIdOptions = {}): MiddlewareHandler<AppEnv> {
  const generate = options.generate ?? (() => crypto.randomUUID());
  return async function requestId(c, next) {
    const incoming = c.req.header('x-request-id');
    const id = incoming !== undefined && SANE_ID.test(incoming) ? incoming : generate();
    c.set('requestId', id);
    await next();
    c.res.headers.set('x-request-id', id);
  };
}
