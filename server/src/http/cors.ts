/**
 * CORS for the API. A preflight carries no key (the browser sends only the *names*
 * of the headers it will send), so it cannot know which origins the key allows: it
 * answers any origin, and the actual request is held to its key's origins
 * (siteKeys answers 403). Credentials are never allowed, so no cookie ever rides along.
 */
import type { MiddlewareHandler } from 'hono';

const METHODS = 'GET, HEAD, POST';
/** Request headers a page may send: the keys, JSON bodies, a request id of its own. */
const ALLOWED_HEADERS = ['x-api-key', 'x-typesense-api-key', 'content-type', 'x-request-id'];
/** Response headers a page may read: what the SDK uses for errors and retries, and an export's count. */
const EXPOSED_HEADERS = 'x-request-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, server-timing, x-total-count';
/** Chromium caps preflight caching at 2 hours. */
const PREFLIGHT_MAX_AGE = '7200';
/**
 * What an answer depends on besides the URL: the scope comes from the key, and a shared
 * cache must tell apart every header a key may come in (keys/guard.ts's resolveKey).
 */
const VARY = ['Origin', 'x-api-key', 'x-typesense-api-key', 'Authorization'];

export function corsHeaders(): MiddlewareHandler {
  return async function corsHeaders(c, next) {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS' && origin !== undefined && c.req.header('access-control-request-method') !== undefined) {
      return preflight(origin, c.req.header('access-control-request-headers'));
    }
    await next();
    addVary(c.res.headers, VARY);
    if (origin !== undefined) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}

function preflight(origin: string, requestedHeaders: string | undefined): Response {
  const headers = new Headers({
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': METHODS,
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    Vary: 'Origin, Access-Control-Request-Headers',
  });
  const asked = (requestedHeaders ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => ALLOWED_HEADERS.includes(name));
  if (asked.length) headers.set('Access-Control-Allow-Headers', asked.join(', '));
  return new Response(null, { status: 204, headers });
}

function addVary(headers: Headers, names: string[]): void {
  const present = (headers.get('vary') ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const lower = new Set(present.map((name) => name.toLowerCase()));
  const added = names.filter((name) => !lower.has(name.toLowerCase()));
  if (added.length) headers.set('Vary', [...present, ...added].join(', '));
}
