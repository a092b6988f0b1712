import { describe, expect, it } from 'vitest';
import { memoryRateLimitStore } from './store.js';

const RULE = { perMinute: 60, burst: 3 };

describe('memoryRateLimitStore', () => {
  it('lets a burst through, then refuses with the seconds until a token is back', async () => {
    const store = memoryRateLimitStore();
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await store.take('k', 1, 0, RULE));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3]).toMatchObject({ retryAfter: 1, reset: 3 });
  });

  it('refills at perMinute and never above burst', async () => {
    const store = memoryRateLimitStore();
    for (let i = 0; i < 3; i++) await store.take('k', 1, 0, RULE);
    expect((await store.take('k', 1, 1_000, RULE)).allowed).toBe(true);
    expect((await store.take('k', 1, 1_000, RULE)).allowed).toBe(false);
    expect((await store.take('k', 1, 3_600_000, RULE)).remaining).toBe(2);
  });

  it('mints nothing when the clock steps back', async () => {
    const store = memoryRateLimitStore();
    for (let i = 0; i < 3; i++) await store.take('k', 1, 10_000, RULE);
    expect((await store.take('k', 1, 0, RULE)).allowed).toBe(false);
  });

  it('keeps buckets apart, and at most maxBuckets of them, dropping the least recently used', async () => {
    const store = memoryRateLimitStore({ maxBuckets: 2 });
    for (let i = 0; i < 3; i++) await store.take('a', 1, 0, RULE);
    await store.take('b', 1, 0, RULE);
    await store.take('a', 0, 0, RULE);
    await store.take('c', 1, 0, RULE);
    expect(store.size).toBe(2);
    expect((await store.take('a', 1, 0, RULE)).allowed).toBe(false);
    expect((await store.take('b', 1, 0, RULE)).remaining).toBe(2);
  });
});
