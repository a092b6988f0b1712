import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.js';

/** Nothing in a JSON answer should ever load, run or frame anything. */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers on every response. Cross-Origin-Resource-Policy is relaxed to
 * cross-origin: this API exists to be called from other sites' pages.
 */
export function securityHeaders(): MiddlewareHandler {
  const common = secureHeaders({
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: 'no-referrer',
  });
  return async function securityHeaders(c, next) {
    await common(c, async () => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('application/json')) {
        c.res.headers.set('Content-Security-Policy', JSON_CSP);
      }
    });
  };
}

/** How long CDNs keep search answers: per URL and key (see cors.ts's Vary), short enough for imports to show. */
export const SHARED_CACHE_SECONDS = 300;

/** An admin key's answers are unscoped: no cache, shared or not, may keep them for anyone else. */
const ADMIN_CACHE_CONTROL = 'private, no-store';

/**
 * Lets browsers and shared caches reuse a GET answer for `seconds`, and CDNs for
 * `sharedSeconds` when given (they can be purged, browsers cannot); errors are not cached.
 */
export function cacheFor(seconds: number, sharedSeconds?: number): MiddlewareHandler<AppEnv> {
  const value = `public, max-age=${seconds}${sharedSeconds === undefined ? '' : `, s-maxage=${sharedSeconds}`}`;
  return async function cacheFor(c, next) {
    await next();
    if (!c.res.ok) return;
    c.res.headers.set('Cache-Control', c.get('caller')?.kind === 'admin' ? ADMIN_CACHE_CONTROL : value);
  };
}
