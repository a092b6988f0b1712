import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, SearchResponse, Supplier } from '../../../../sdk/src/types.js';
import { createApp, type App } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import { siteKey, SITE_ORIGIN, storeOf } from '../../keys/keys.test-support.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';

const UNLIMITED = { anonymous: { perMinute: 1e6, burst: 1e6 }, siteKeyDefault: { perMinute: 1e6, burst: 1e6 } };
const FEDERATION_KEY = 'pk_live_federation_export';

let app: App;
let suppliers: Supplier[];

beforeAll(async () => {
  suppliers = generateDemoSuppliers({ seed: 16, count: 700 });
  const hostile: Supplier = { ...suppliers[0]!, id: 'hostile', siret: '99999999900017', name: '=HYPERLINK("http://evil.example")', brand: '@cmd', networks: ['coorace'] };
  const engine = createDefaultEngine([...suppliers, hostile]);
  suppliers.push(hostile);
  const keys = storeOf([await siteKey(FEDERATION_KEY, { scope: { networks: ['coorace'] } })], [], true);
  app = createApp({ engine, geography: getGeography(), keys, rateLimit: UNLIMITED });
});

/** The data lines of a CSV answer, split into cells (no test value holds a quoted ;). */
async function rowsOf(res: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  // The UTF-8 byte-order mark, which Response.text() would drop unseen.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder()
    .decode(bytes)
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(';'));
}

async function searchSirets(path: string): Promise<string[]> {
  const sirets: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await app.request(`/v1/suppliers?${path}&perPage=100&page=${page}`)).json()) as SearchResponse;
    sirets.push(...body.hits.map((hit) => hit.supplier.siret));
    if (page >= body.pages) return sirets;
  }
}

describe('GET /v1/suppliers.csv', () => {
  it('answers every result of the search, past one engine page, in the search’s order', async () => {
    const res = await app.request('/v1/suppliers.csv?sort=name');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="fournisseurs-inclusifs.csv"');
    const rows = await rowsOf(res);
    const active = suppliers.filter((supplier) => supplier.active !== false).length;
    expect(rows.length).toBe(active);
    expect(rows.length).toBeGreaterThan(250);
    expect(res.headers.get('x-total-count')).toBe(String(active));
    expect(rows.map((row) => row[2])).toEqual(await searchSirets('sort=name'));
  });

  it('takes the search’s filters: the same suppliers as GET /v1/suppliers', async () => {
    const path = 'kind=ESAT,EA&serves=region:53';
    const rows = await rowsOf(await app.request(`/v1/suppliers.csv?${path}`));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[2])).toEqual(await searchSirets(path));
    for (const row of rows) expect(['ESAT', 'EA']).toContain(row[3]);
  });

  it('holds the key’s scope: a parameter narrows it, never widens it', async () => {
    const members = suppliers.filter((supplier) => supplier.active !== false && supplier.networks.includes('coorace'));
    const headers = { 'x-api-key': FEDERATION_KEY, origin: SITE_ORIGIN };
    const all = await rowsOf(await app.request('/v1/suppliers.csv', { headers }));
    expect(all.map((row) => row[2]).sort()).toEqual(members.map((supplier) => supplier.siret).sort());
    // Asking for other networks gives only the members that belong to them too.
    const other = await app.request('/v1/suppliers.csv?network=unapei,reseau-envie', { headers });
    const both = members.filter((supplier) => supplier.networks.some((network) => network === 'unapei' || network === 'reseau-envie'));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(members.length);
    expect((await rowsOf(other)).map((row) => row[2]).sort()).toEqual(both.map((supplier) => supplier.siret).sort());
    expect(other.headers.get('x-total-count')).toBe(String(both.length));
    // The key in the URL, as a download link carries it: the same scope.
    const linked = await rowsOf(await app.request(`/v1/suppliers.csv?key=${FEDERATION_KEY}`, { headers: { origin: SITE_ORIGIN } }));
    expect(linked).toEqual(all);
  });

  it('makes supplier text inert: a formula-like name or trading name starts with an apostrophe', async () => {
    const rows = await rowsOf(await app.request('/v1/suppliers.csv?q=99999999900017'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual([`"'=HYPERLINK(""http://evil.example"")"`, "'@cmd", '99999999900017']);
  });

  it('gives the first `limit` rows in the search’s order when asked, and says how many matched', async () => {
    const res = await app.request('/v1/suppliers.csv?sort=updated&limit=260');
    const rows = await rowsOf(res);
    expect(rows).toHaveLength(260);
    expect(Number(res.headers.get('x-total-count'))).toBeGreaterThan(260);
    expect(rows.map((row) => row[2])).toEqual((await searchSirets('sort=updated')).slice(0, 260));
  });
});

describe('GET /v1/suppliers.csv refuses', () => {
  const refusal = async (path: string, found = 1) => {
    const engine = fakeEngine();
    engine.result = { ...engine.result, found };
    const res = await createApp({ engine, geography: fakeGeography() }).request(path);
    expect(res.status).toBe(400);
    return ((await res.json()) as ErrorBody).error;
  };

  it('more matches than an export holds, naming limit and the count', async () => {
    const error = await refusal('/v1/suppliers.csv?kind=EI', 5_001);
    expect(error).toMatchObject({ code: 'limit_exceeded', details: { parameter: 'limit', found: 5_001, max: 5_000 } });
    expect(error.message).toContain('5001 suppliers match');
  });
  it('a limit out of range', async () => {
    expect(await refusal('/v1/suppliers.csv?limit=5001')).toMatchObject({ code: 'invalid_parameter', details: { parameter: 'limit' } });
    expect(await refusal('/v1/suppliers.csv?limit=0')).toMatchObject({ code: 'invalid_parameter', details: { parameter: 'limit' } });
  });
  it('paging and facets, which an export has no use for', async () => {
    for (const parameter of ['page', 'perPage', 'facets']) {
      expect(await refusal(`/v1/suppliers.csv?${parameter}=2`)).toMatchObject({ code: 'unknown_parameter', details: { parameter } });
    }
  });
  it('a bad search parameter, as the search does', async () => {
    expect(await refusal('/v1/suppliers.csv?kind=NOPE')).toMatchObject({ code: 'invalid_parameter', details: { parameter: 'kind' } });
    expect(await refusal('/v1/suppliers.csv?colour=red')).toMatchObject({ code: 'unknown_parameter', details: { parameter: 'colour' } });
  });
});

describe('GET /v1/suppliers.csv, rate limited', () => {
  const rateLimited = (burst: number) =>
    createApp({
      engine: createDefaultEngine(suppliers),
      geography: getGeography(),
      rateLimit: { anonymous: { perMinute: 60, burst }, now: () => 0 },
      now: () => 0,
    });

  it('costs one token per engine batch of 250 rows it holds', async () => {
    const app = rateLimited(50);
    const res = await app.request('/v1/suppliers.csv?limit=600');
    expect(res.status).toBe(200);
    // 600 rows are three batches: 50 - 3 tokens remain.
    expect(res.headers.get('RateLimit-Remaining')).toBe('47');
  });

  it('refuses an export costing more than the burst, naming the cost', async () => {
    const app = rateLimited(2);
    const res = await app.request('/v1/suppliers.csv?limit=600');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('limit_exceeded');
    expect(body.error.details).toMatchObject({ cost: 3, limit: 2 });
  });
});
