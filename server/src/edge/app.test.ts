import { describe, expect, it } from 'vitest';
import type { SearchResponse, Supplier } from '../../../sdk/src/types.js';
import { generateDemoSuppliers } from '../demo-data/generate.js';
import { siteKey } from '../keys/keys.test-support.js';
import type { KeysFile } from '../keys/types.js';
import { createEdgeApp } from './app.js';
import { createEdgeHandler } from './handler.js';

const suppliers = generateDemoSuppliers({ count: 300 });
const loadSuppliers = () => suppliers;

describe('createEdgeApp', () => {
  it('runs open with the demo keys when no KEYS is set', async () => {
    const app = await createEdgeApp({ settings: { LOG_REQUESTS: '0' }, loadSuppliers });
    expect((await app.request('/v1/suppliers')).status).toBe(200);
    const scoped = (await (await app.request('/v1/suppliers?perPage=100', { headers: { 'x-api-key': 'pk_demo_portail_bretagne' } })).json()) as SearchResponse;
    expect(scoped.hits.every((hit) => hit.supplier.address.region === '53')).toBe(true);
  });

  it('gives the demo keys the origins of DEMO_ORIGINS', async () => {
    const app = await createEdgeApp({ settings: { LOG_REQUESTS: '0', DEMO_ORIGINS: 'https://demo.example.org' }, loadSuppliers });
    const from = (origin: string) => app.request('/v1/suppliers', { headers: { origin, 'x-api-key': 'pk_demo_federation' } });
    expect((await from('https://demo.example.org')).status).toBe(200);
    expect((await from('http://localhost:8787')).status).toBe(403);
  });

  it('takes the keys file from KEYS: a key is then required, and held to its scope', async () => {
    const file: KeysFile = { version: 1, siteKeys: [await siteKey('pk_live_normandie', { scope: { regions: ['28'] } })], adminKeys: [] };
    const app = await createEdgeApp({ settings: { LOG_REQUESTS: '0', KEYS: JSON.stringify(file) }, loadSuppliers });
    expect((await app.request('/v1/suppliers')).status).toBe(401);
    const response = await app.request('/v1/suppliers?perPage=100', { headers: { 'x-api-key': 'pk_live_normandie' } });
    const body = (await response.json()) as SearchResponse;
    expect(body.found).toBeGreaterThan(0);
    expect(new Set(body.hits.map((hit) => hit.supplier.address.region))).toEqual(new Set(['28']));
  });

  it('refuses a KEYS that is not a keys file, naming the setting', async () => {
    await expect(createEdgeApp({ settings: { KEYS: '{"version":2}' }, loadSuppliers })).rejects.toThrow(/^KEYS: /);
  });

  it('refuses Typesense nodes without their API key rather than serving another engine', async () => {
    await expect(createEdgeApp({ settings: { TYPESENSE_URL: 'https://typesense.example.org' }, loadSuppliers })).rejects.toThrow(/TYPESENSE_API_KEY/);
  });
});

describe('createEdgeHandler', () => {
  it('builds the app once per isolate, from the first request’s settings', async () => {
    const loads: Supplier[][] = [];
    const handler = createEdgeHandler({ settingsOf: () => ({ LOG_REQUESTS: '0' }), loadSuppliers: () => (loads.push(suppliers), suppliers) });
    const answers = await Promise.all([1, 2, 3].map(() => handler.fetch(new Request('http://worker.example/healthz'))));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(loads).toHaveLength(1);
  });

  it('tries again on the next request when the settings were wrong', async () => {
    const settings = [{ KEYS: 'pas du JSON' }, { LOG_REQUESTS: '0' }];
    const handler = createEdgeHandler({ settingsOf: () => settings.shift()!, loadSuppliers });
    await expect(handler.fetch(new Request('http://worker.example/healthz'))).rejects.toThrow(/^KEYS: not JSON/);
    expect((await handler.fetch(new Request('http://worker.example/healthz'))).status).toBe(200);
  });
});
