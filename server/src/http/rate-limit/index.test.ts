import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../../sdk/src/types.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';
import { createApp } from '../../app.js';
import { siteKey, storeOf } from '../../keys/keys.test-support.js';

const KEY = 'pk_live_ratelimited000000000000';

async function setup(options: { trustProxy?: number; address?: string } = {}) {
  let now = 0;
  const app = createApp({
    engine: fakeEngine(),
    geography: fakeGeography(),
    now: () => now,
    keys: storeOf([await siteKey(KEY, { rateLimit: { perMinute: 30, burst: 2 } })], [], true),
    rateLimit: { anonymous: { perMinute: 60, burst: 1 }, trustProxy: options.trustProxy, clientAddress: options.trustProxy ? undefined : () => options.address },
  });
  return { app, advance: (ms: number) => (now += ms) };
}

describe('rate limits', () => {
  it('answers 429 rate_limited past the key’s burst, with Retry-After and RateLimit headers', async () => {
    const { app } = await setup({ address: '203.0.113.7' });
    const get = () => app.request('/v1/suppliers', { headers: { 'x-api-key': KEY } });
    const first = await get();
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    const body = (await refused.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'rate_limited', details: { retryAfter: 2 } });
    expect(body.requestId).toBe(refused.headers.get('x-request-id'));
  });

  it('lets the client back in once Retry-After has passed', async () => {
    const { app, advance } = await setup({ address: '203.0.113.7' });
    const get = () => app.request('/v1/suppliers', { headers: { 'x-api-key': KEY } });
    await get();
    await get();
    const refused = await get();
    advance(Number(refused.headers.get('retry-after')) * 1000);
    expect((await get()).status).toBe(200);
  });

  it('gives requests without a key their own, smaller allowance', async () => {
    const { app } = await setup({ address: '203.0.113.7' });
    expect((await app.request('/v1/taxonomy')).status).toBe(200);
    expect((await app.request('/v1/taxonomy')).status).toBe(429);
    expect((await app.request('/v1/taxonomy', { headers: { 'x-api-key': KEY } })).status).toBe(200);
  });

  it('counts each client address apart, believing X-Forwarded-For only as far as trusted proxies go', async () => {
    const { app } = await setup({ trustProxy: 1 });
    const from = (forwarded: string) => app.request('/v1/taxonomy', { headers: { 'x-forwarded-for': forwarded } });
    expect((await from('10.0.0.1, 198.51.100.1')).status).toBe(200);
    // The client rewrote the left part; the proxy's entry (rightmost) still names it.
    expect((await from('10.0.0.2, 198.51.100.1')).status).toBe(429);
    expect((await from('10.0.0.1, 198.51.100.2')).status).toBe(200);
  });
});

describe('the default limit without a key', () => {
  it('is 300 a minute in bursts of 60, as enforced and as /openapi.json states it', async () => {
    let now = 0;
    const app = createApp({ engine: fakeEngine(), geography: fakeGeography(), now: () => now, rateLimit: { clientAddress: () => '203.0.113.8' } });
    const statuses = async (count: number) => {
      const seen: number[] = [];
      for (let i = 0; i < count; i++) seen.push((await app.request('/v1/taxonomy')).status);
      return seen;
    };
    expect(await statuses(61)).toEqual([...Array<number>(60).fill(200), 429]);
    // 300 a minute is 5 a second: 6 seconds refill 30 tokens; a minute refills more than the burst keeps.
    now += 6_000;
    expect((await statuses(31)).filter((status) => status === 200)).toHaveLength(30);
    now += 60_000;
    expect((await statuses(61)).filter((status) => status === 200)).toHaveLength(60);
    const described = (await (await app.request('/openapi.json')).json()) as { info: { description: string } };
    expect(described.info.description).toContain('without a key, 300 tokens a minute in bursts of 60');
  });
});
