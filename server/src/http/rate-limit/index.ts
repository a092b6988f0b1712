/**
 * Rate limiting per key and client address: each (key, address) pair has its own
 * token bucket, so one busy visitor cannot use up a whole site's allowance.
 * A request takes one token on arrival, and its route charges the rest of its cost
 * once it knows the work asked (chargeWork, work.ts).
 * Answers 429 `rate_limited` with Retry-After; RateLimit-* headers on every answer.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiException, errorBody } from '../../errors.js';
import { clientAddress, type ClientAddress } from './client-address.js';
import { memoryRateLimitStore, type RateDecision, type RateLimitStore, type RateRule } from './store.js';

export interface RateLimitOptions {
  /** In-memory by default: fine for one process. */
  store?: RateLimitStore;
  /** For requests without a key (open mode). */
  anonymous?: RateRule;
  /** For site keys that set no rule of their own. */
  siteKeyDefault?: RateRule;
  /** Proxies in front of the server whose X-Forwarded-For can be believed (default 0). */
  trustProxy?: number;
  /** Overrides how the client address is found (other runtimes, tests). */
  clientAddress?: ClientAddress;
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}

export const DEFAULT_ANONYMOUS_RULE: RateRule = { perMinute: 300, burst: 60 };
export const DEFAULT_SITE_KEY_RULE: RateRule = { perMinute: 600, burst: 100 };

export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const store = options.store ?? memoryRateLimitStore();
  const anonymous = options.anonymous ?? DEFAULT_ANONYMOUS_RULE;
  const siteKeyDefault = options.siteKeyDefault ?? DEFAULT_SITE_KEY_RULE;
  const addressOf = options.clientAddress ?? clientAddress(options.trustProxy);
  const now = options.now ?? Date.now;

  return async function rateLimit(c, next) {
    const caller = c.get('caller');
    // Admin keys are secrets held by operators; bulk ingestion must not stall on a bucket.
    if (caller?.kind === 'admin') return next();
    const address = addressOf(c) ?? 'unknown';
    const [owner, rule] = caller?.kind === 'site' ? [caller.key.hash, caller.key.rateLimit ?? siteKeyDefault] : ['anonymous', anonymous];
    const bucket = `${owner}|${address}`;
    let decision = await store.take(bucket, 1, now(), rule);
    if (!decision.allowed) {
      const body = errorBody(c, 'rate_limited', `Too many requests: retry in ${decision.retryAfter} s.`, { retryAfter: decision.retryAfter });
      const res = c.json(body, 429);
      setHeaders(res.headers, rule, decision);
      return res;
    }
    c.set('chargeWork', async function chargeWork(tokens) {
      if (tokens > rule.burst) {
        throw new ApiException(
          400,
          'limit_exceeded',
          `This request costs ${tokens} tokens of work; this key's requests may cost at most ${rule.burst} (its burst): ask for fewer searches, results or facet values at once.`,
          { cost: tokens, limit: rule.burst },
        );
      }
      if (tokens <= 1) return;
      decision = await store.take(bucket, tokens - 1, now(), rule);
      if (!decision.allowed) {
        const refused = new ApiException(429, 'rate_limited', `Too many requests: this one costs ${tokens} tokens; retry in ${decision.retryAfter} s.`, {
          retryAfter: decision.retryAfter,
          cost: tokens,
        });
        refused.retryAfterSeconds = decision.retryAfter;
        throw refused;
      }
    });
    await next();
    setHeaders(c.res.headers, rule, decision);
  };
}

/** Charges a request's whole cost in tokens (one was taken on arrival); a no-op where nothing is rate limited. */
export async function chargeWork(c: Context<AppEnv>, tokens: number): Promise<void> {
  await c.get('chargeWork')?.(tokens);
}

function setHeaders(headers: Headers, rule: RateRule, decision: RateDecision): void {
  headers.set('RateLimit-Limit', String(rule.burst));
  headers.set('RateLimit-Remaining', String(decision.remaining));
  headers.set('RateLimit-Reset', String(decision.reset));
  if (!decision.allowed) headers.set('Retry-After', String(decision.retryAfter));
}
