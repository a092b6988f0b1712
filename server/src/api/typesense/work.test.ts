/**
 * The gateway under heavy requests: each is charged by the work it asks, bounded whole,
 * and a multi_search lets other requests through between its searches.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import type { SearchEngine } from '../../query/types.js';
import { siteKey, storeOf } from '../../keys/keys.test-support.js';
import type { RateRule } from '../../http/rate-limit/store.js';
import { MAX_RESULTS_PER_REQUEST } from '../../http/rate-limit/work.js';

const KEY = 'pk_live_gateway_work_test000000';
const suppliers = generateDemoSuppliers({ seed: 5, count: 600 });

async function gateway(rule: RateRule, engine: SearchEngine = createDefaultEngine(suppliers)) {
  const keys = storeOf([await siteKey(KEY, { anyOrigin: true, origins: ['*'], rateLimit: rule })]);
  return createApp({ engine, geography: getGeography(), keys, rateLimit: { clientAddress: () => '203.0.113.9' } });
}

/** `count` searches for everything, each asking `perPage` results and every facet's 10 first values. */
function heavyBody(count: number, perPage: number) {
  const search = { collection: 'suppliers', q: '*', query_by: 'name', per_page: perPage, facet_by: 'kind,sectors,department,region', max_facet_values: 10 };
  return JSON.stringify({ searches: Array.from({ length: count }, () => search) });
}

function multiSearch(app: Awaited<ReturnType<typeof gateway>>, body: string) {
  return app.request('/typesense/multi_search', { method: 'POST', headers: { 'x-typesense-api-key': KEY, 'content-type': 'text/plain' }, body });
}

describe('the gateway charges and bounds the work asked', () => {
  it('takes one token per search and per 25 results asked, not one per request', async () => {
    const app = await gateway({ perMinute: 60, burst: 60 });
    const res = await multiSearch(app, heavyBody(4, 50));
    expect(res.status).toBe(200);
    // 4 searches x 2 tokens (50 results each); 4 facets x 10 values stay under a token's 250 values.
    expect(res.headers.get('ratelimit-remaining')).toBe('52');
  });

  it('refuses a request asking more than 500 results in all, saying the bound', async () => {
    const app = await gateway({ perMinute: 100_000, burst: 100_000 });
    const res = await multiSearch(app, heavyBody(50, 250));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; code: string };
    expect(body.code).toBe('limit_exceeded');
    expect(body.message).toContain(`At most ${MAX_RESULTS_PER_REQUEST} results per request`);
  });

  it('refuses a request costing more than the key’s burst, which no wait could let through, saying both', async () => {
    const app = await gateway({ perMinute: 600, burst: 10 });
    const res = await multiSearch(app, heavyBody(12, 25));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/costs 12 tokens.*at most 10/);
  });

  it('answers 429 with Retry-After when the bucket holds less than the request costs', async () => {
    const app = await gateway({ perMinute: 60, burst: 20 });
    expect((await multiSearch(app, heavyBody(15, 25))).status).toBe(200);
    const refused = await multiSearch(app, heavyBody(15, 25));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { code: string }).code).toBe('rate_limited');
  });

  it('charges an API search by its page size too', async () => {
    const app = await gateway({ perMinute: 60, burst: 60 });
    const res = await app.request('/v1/suppliers?perPage=100', { headers: { 'x-api-key': KEY } });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-remaining')).toBe('56');
    const tooMany = await gateway({ perMinute: 60, burst: 3 });
    const refused = await tooMany.request('/v1/suppliers?perPage=100', { headers: { 'x-api-key': KEY } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).error).toMatchObject({ code: 'limit_exceeded', details: { cost: 4, limit: 3 } });
  });
});

describe('the server while a heavy multi_search runs', () => {
  let server: ServerType | undefined;
  afterEach(() => server?.close());

  it('answers /healthz between the searches, before the heavy answer is done', async () => {
    let searchesRun = 0;
    let firstSearch!: () => void;
    const started = new Promise<void>((resolve) => (firstSearch = resolve));
    const engine = createDefaultEngine(suppliers);
    const counting: SearchEngine = Object.assign(Object.create(engine) as SearchEngine, {
      search: (query: Parameters<SearchEngine['search']>[0]) => {
        if (searchesRun++ === 0) firstSearch();
        return engine.search(query);
      },
    });
    const app = await gateway({ perMinute: 100_000, burst: 100_000 }, counting);
    const base = await new Promise<string>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
    });
    const heavy = fetch(`${base}/typesense/multi_search`, { method: 'POST', headers: { 'x-typesense-api-key': KEY }, body: heavyBody(50, 10) });
    await started;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const searchesWhenHealthy = searchesRun;
    expect((await heavy).status).toBe(200);
    expect(searchesWhenHealthy).toBeLessThan(50);
  });
});
