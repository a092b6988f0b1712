import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

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

/**
 * Lets browsers and shared caches reuse a GET answer for `seconds`, and CDNs for
 * `sharedSeconds` when given (they can be purged, browsers cannot); errors are not cached.
 */
export function cacheFor(seconds: number, sharedSeconds?: number): MiddlewareHandler {
  const value = `public, max-age=${seconds}${sharedSeconds === undefined ? '' : `, s-maxage=${sharedSeconds}`}`;
  return async function cacheFor(c, next) {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', value);
  };
}
