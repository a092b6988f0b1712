/**
 * Token buckets behind an interface, so that several server processes can share
 * one store (Redis, a Durable Object...) by implementing `take` the same way.
 */

/** `burst` tokens at most, refilled continuously at `perMinute`. */
export interface RateRule {
  perMinute: number;
  burst: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** Seconds until the refused request could succeed; 0 when allowed. */
  retryAfter: number;
  /** Seconds until the bucket is full again. */
  reset: number;
}

export interface RateLimitStore {
  /** Takes `cost` tokens from the bucket named `key` at time `now` (ms), if it holds them. */
  take(key: string, cost: number, now: number, rule: RateRule): Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

export interface MemoryStoreOptions {
  /** Most buckets kept; the least recently used go first (default 50,000, a few MB). */
  maxBuckets?: number;
}

/**
 * One process's buckets. Memory is bounded: a Map kept in least-recently-used order
 * drops its oldest buckets past `maxBuckets`; a dropped bucket comes back full,
 * which can only favour a client that has been idle longest.
 */
export function memoryRateLimitStore({ maxBuckets = 50_000 }: MemoryStoreOptions = {}): RateLimitStore & { readonly size: number } {
  const buckets = new Map<string, Bucket>();
  return {
    get size() {
      return buckets.size;
    },
    async take(key, cost, now, rule) {
      const perMs = rule.perMinute / 60_000;
      const bucket = buckets.get(key) ?? { tokens: rule.burst, at: now };
      buckets.delete(key);
      // A clock that steps back must not mint tokens.
      const elapsed = Math.max(0, now - bucket.at);
      bucket.tokens = Math.min(rule.burst, bucket.tokens + elapsed * perMs);
      bucket.at = Math.max(bucket.at, now);
      const allowed = bucket.tokens >= cost;
      if (allowed) bucket.tokens -= cost;
      buckets.set(key, bucket);
      if (buckets.size > maxBuckets) buckets.delete(buckets.keys().next().value!);
      const missing = Math.max(0, cost - bucket.tokens);
      return {
        allowed,
        remaining: Math.floor(bucket.tokens),
        retryAfter: allowed ? 0 : Math.ceil(missing / perMs / 1000),
        reset: Math.ceil((rule.burst - bucket.tokens) / perMs / 1000),
      };
    },
  };
}
