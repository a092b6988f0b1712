/**
 * Who may call, and what they may see. Runs on every API request after CORS:
 * it establishes the caller from the key presented and sets the key's scope, which
 * the routes AND into everything they ask the engine.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ApiException } from '../errors.js';
import { isAdminKeyText } from './hash.js';
import { scopeFilter } from './scope.js';
import type { KeyLookup, KeyStore } from './store.js';
import type { AdminKey, SiteKey } from './types.js';

/** Where a key may come from, in order. Typesense clients send theirs as x-typesense-api-key. */
const KEY_HEADERS = ['x-api-key', 'x-typesense-api-key'];
const KEY_QUERY_PARAMETERS = ['key', 'x-typesense-api-key'];

/**
 * The key a request presents (header, `Authorization: Bearer`, or `key` query
 * parameter), undefined when none. Two different keys in one request are refused
 * rather than one silently chosen. Secret keys are refused in a URL: URLs end up in logs.
 */
export function resolveKey(c: Context): string | undefined {
  const fromHeaders = [...KEY_HEADERS.map((name) => c.req.header(name)), bearer(c.req.header('authorization'))];
  const url = new URL(c.req.url);
  const fromQuery = KEY_QUERY_PARAMETERS.flatMap((name) => url.searchParams.getAll(name));
  if (fromQuery.some(isAdminKeyText)) {
    throw new ApiException(401, 'unauthorized', 'Admin keys are accepted in a header only, never in a URL.');
  }
  const presented = new Set([...fromHeaders, ...fromQuery].filter((key): key is string => key !== undefined && key !== ''));
  if (presented.size > 1) throw new ApiException(401, 'unauthorized', 'Several different keys were sent; send one.');
  return presented.values().next().value;
}

function bearer(authorization: string | undefined): string | undefined {
  return authorization === undefined ? undefined : /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
}

export interface KeyGuardOptions {
  keys: KeyStore;
  /** Milliseconds since the epoch, for expiry; Date.now by default. */
  now?: () => number;
}

const REFUSED: Record<Exclude<KeyLookup<unknown>['status'], 'valid'>, string> = {
  unknown: 'Unknown key.',
  revoked: 'This key has been revoked.',
  expired: 'This key has expired.',
};

export function keyGuard({ keys, now = Date.now }: KeyGuardOptions): MiddlewareHandler<AppEnv> {
  return async function keyGuard(c, next) {
    const presented = resolveKey(c);
    withoutKeyInUrl(c);
    if (presented === undefined) {
      if (!keys.open) throw new ApiException(401, 'unauthorized', 'A key is required: send it as x-api-key.');
      c.set('caller', { kind: 'anonymous' });
      return next();
    }
    if (isAdminKeyText(presented)) {
      const key = valid(await keys.adminKey(presented, now()));
      if (fromBrowser(c)) throw new ApiException(403, 'forbidden', 'Admin keys are never accepted from a browser.');
      c.set('caller', { kind: 'admin', key });
      return next();
    }
    const key = valid(await keys.siteKey(presented, now()));
    if (!originAllowed(c, key)) {
      throw new ApiException(403, 'forbidden', 'This key may not be used from this origin.', { origin: c.req.header('origin') ?? null });
    }
    c.set('caller', { kind: 'site', key });
    const scope = scopeFilter(key.scope);
    if (scope) c.set('scope', scope);
    return next();
  };
}

function valid<K extends SiteKey | AdminKey>(lookup: KeyLookup<K>): K {
  if (lookup.status !== 'valid') throw new ApiException(401, 'unauthorized', REFUSED[lookup.status]);
  return lookup.key;
}

/** Browsers send Origin on cross-origin requests and Sec-Fetch-Site on all; scripts send neither. */
function fromBrowser(c: Context): boolean {
  return c.req.header('origin') !== undefined || c.req.header('sec-fetch-site') !== undefined;
}

function originAllowed(c: Context, key: SiteKey): boolean {
  if (key.anyOrigin) return true;
  const origin = c.req.header('origin');
  // No Origin: a script, or a same-origin GET... unless the browser says it comes from another site.
  if (origin === undefined) return !['cross-site', 'same-site'].includes(c.req.header('sec-fetch-site') ?? '');
  return key.origins.includes(origin);
}

/** The routes refuse parameters they do not know, and logs should not keep keys. */
function withoutKeyInUrl(c: Context): void {
  const url = new URL(c.req.url);
  if (!KEY_QUERY_PARAMETERS.some((name) => url.searchParams.has(name))) return;
  for (const name of KEY_QUERY_PARAMETERS) url.searchParams.delete(name);
  c.req.raw = new Request(url, c.req.raw);
}

/** For ingestion and management routes: only a valid admin key, never from a browser, gets through. */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async function requireAdmin(c, next) {
    const caller = c.get('caller');
    if (caller?.kind === 'admin') return next();
    if (caller?.kind === 'site') throw new ApiException(403, 'forbidden', 'A site key cannot do this; an admin key is required.');
    throw new ApiException(401, 'unauthorized', 'An admin key is required: Authorization: Bearer sk_...');
  };
}
