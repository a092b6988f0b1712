import { beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Supplier } from '../../../../sdk/src/types.js';
import { admin } from './index.js';
import { createApp } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import type { EngineQuery } from '../../query/types.js';
import { marcheRecord, siretOf, temporaryDirectory } from '../../ingest/ingest.test-support.js';
import { createSwappableEngine, embeddedReindex, type SwappableEngine } from '../../ingest/reindex.js';
import { adminKey, siteKey, storeOf } from '../../keys/keys.test-support.js';
import { loadStoredSuppliers } from '../../data-dir/index.js';

const ADMIN = 'sk_admin_ingestion_test_key';
const SITE = 'pk_live_site_ingestion_test';
const EVERYTHING: EngineQuery = { filter: { op: 'and', filters: [] }, facets: [], sort: 'name', page: 1, perPage: 50 };

let dataDir: string;
let engine: SwappableEngine;
let app: ReturnType<typeof createApp>;

const asAdmin = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { Authorization: `Bearer ${ADMIN}`, ...init.headers } });
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');

beforeEach(async () => {
  dataDir = await temporaryDirectory();
  engine = createSwappableEngine(createDefaultEngine());
  app = createApp({
    engine,
    geography: getGeography(),
    keys: storeOf([await siteKey(SITE)], [await adminKey(ADMIN)]),
    admin: admin({ engine, dataDir, reindex: embeddedReindex(engine), now: () => new Date('2026-02-01T12:00:00Z') }),
  });
});

async function importBody(body: string, query = '', type = 'application/x-ndjson') {
  return app.request(`/v1/admin/import${query}`, asAdmin({ method: 'POST', body, headers: { 'Content-Type': type } }));
}

describe('admin ingestion routes', () => {
  it('refuses requests without an admin key', async () => {
    expect((await app.request('/v1/admin/reindex', { method: 'POST' })).status).toBe(401);
    expect((await app.request('/v1/admin/reindex', { method: 'POST', headers: { 'x-api-key': SITE } })).status).toBe(403);
    expect((await app.request('/v1/admin/suppliers/x', { method: 'DELETE', headers: { 'x-api-key': SITE } })).status).toBe(403);
  });

  it('imports a body, answers the report, persists, and serves the suppliers at once', async () => {
    const res = await importBody(ndjson([marcheRecord(1), marcheRecord(2), marcheRecord(3, { siret: '42' })]));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'partial', accepted: 2, rejected: 1, entries: [{ line: 3, field: 'siret' }] });
    expect(await loadStoredSuppliers(dataDir)).toHaveLength(2);
    expect((await engine.search(EVERYTHING)).found).toBe(2);
  });

  it('imports CSV by content type, and answers 400 with the report when nothing can be imported', async () => {
    const csv = `nom;siret;type;code postal;ville\nESAT DU VAL;${siretOf(7)};ESAT;35000;Rennes\n`;
    expect(await (await importBody(csv, '', 'text/csv')).json()).toMatchObject({ status: 'ok', format: 'csv', accepted: 1 });
    const failed = await importBody('', '?mode=replace');
    expect(failed.status).toBe(400);
    expect(await failed.json()).toMatchObject({ error: { code: 'invalid_body', details: { report: { status: 'failed' } } } });
    expect(await loadStoredSuppliers(dataDir)).toHaveLength(1);
    expect((await importBody('x', '?mode=wipe')).status).toBe(400);
  });

  it('upserts one supplier by id, and refuses an invalid one', async () => {
    const supplier: Partial<Supplier> = {
      siret: siretOf(9),
      name: 'SARL ATELIER 2N',
      kind: 'EA',
      address: { postcode: '69003', city: 'Lyon', communeCode: '69123', department: '69', region: '84', point: { lat: 45.76, lng: 4.85 } },
      activities: [{ sector: 'blanchisserie', prestaTypes: ['PREST'], range: { type: 'COUNTRY' } }],
    };
    const put = (body: unknown) => app.request('/v1/admin/suppliers/atelier-2n', asAdmin({ method: 'PUT', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }));
    const created = await put(supplier);
    expect(created.status).toBe(201);
    expect(await engine.get('atelier-2n')).toMatchObject({ id: 'atelier-2n', name: 'SARL ATELIER 2N' });
    expect((await put({ ...supplier, name: 'SARL ATELIER DEUX N' })).status).toBe(200);
    expect((await loadStoredSuppliers(dataDir))!.map((s) => s.name)).toEqual(['SARL ATELIER DEUX N']);
    const invalid = await put({ ...supplier, kind: 'SCOP' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid_body', details: { parameter: 'kind' } } });
  });

  it('delists by default, removes with purge, and reindexes from the data directory', async () => {
    await importBody(ndjson([marcheRecord(1), marcheRecord(2)]));
    const [first, second] = (await loadStoredSuppliers(dataDir))!;
    expect(await (await app.request(`/v1/admin/suppliers/${first!.id}`, asAdmin({ method: 'DELETE' }))).json()).toEqual({ id: first!.id, delisted: true });
    expect(await engine.get(first!.id)).toBeUndefined();
    expect((await loadStoredSuppliers(dataDir))!.find((s) => s.id === first!.id)).toMatchObject({ active: false });

    expect((await app.request(`/v1/admin/suppliers/${second!.id}?purge=true`, asAdmin({ method: 'DELETE' }))).status).toBe(200);
    expect(await loadStoredSuppliers(dataDir)).toHaveLength(1);
    expect((await app.request('/v1/admin/suppliers/absent', asAdmin({ method: 'DELETE' }))).status).toBe(404);

    const before = engine.current;
    const reindexed = await app.request('/v1/admin/reindex', asAdmin({ method: 'POST' }));
    expect(await reindexed.json()).toEqual({ reindexed: true, suppliers: 1, active: 0 });
    expect(engine.current).not.toBe(before);
  });
});

describe('admin writes on the demo data', () => {
  const ATELIER: Partial<Supplier> = {
    siret: siretOf(9),
    name: 'SARL ATELIER 2N',
    kind: 'EA',
    address: { postcode: '69003', city: 'Lyon', communeCode: '69123', department: '69', region: '84', point: { lat: 45.76, lng: 4.85 } },
    activities: [{ sector: 'blanchisserie', prestaTypes: ['PREST'], range: { type: 'COUNTRY' } }],
  };
  const put = (demoApp: typeof app) =>
    demoApp.request('/v1/admin/suppliers/atelier-2n', asAdmin({ method: 'PUT', body: JSON.stringify(ATELIER), headers: { 'Content-Type': 'application/json' } }));

  async function demoServer() {
    // What `npm start` runs with an empty data directory: the synthetic suppliers, none of them stored.
    const demoEngine = createSwappableEngine(createDefaultEngine(generateDemoSuppliers({ count: 40 })));
    const demoApp = createApp({
      engine: demoEngine,
      geography: getGeography(),
      keys: storeOf([], [await adminKey(ADMIN)]),
      admin: admin({ engine: demoEngine, dataDir, reindex: embeddedReindex(demoEngine), demoData: true }),
    });
    return { demoApp, demoEngine };
  }

  it('refuses an upsert or a delisting with 409 "import a directory first", changing neither the index nor the disk', async () => {
    const { demoApp, demoEngine } = await demoServer();
    const shown = (await demoEngine.stats()).suppliers;
    for (const res of [await put(demoApp), await demoApp.request(`/v1/admin/suppliers/${(await demoEngine.search(EVERYTHING)).hits[0]!.supplier.id}`, asAdmin({ method: 'DELETE' }))]) {
      expect(res.status).toBe(409);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('demo_data');
      expect(body.error.message).toMatch(/import a directory first/);
      expect(body.error.message).toMatch(/importez d’abord un répertoire/);
    }
    expect((await demoEngine.stats()).suppliers).toBe(shown);
    expect(await loadStoredSuppliers(dataDir)).toBeUndefined();
  });

  it('accepts writes once a directory is imported, and what it then shows is what a restart loads', async () => {
    const { demoApp, demoEngine } = await demoServer();
    expect((await demoApp.request('/v1/admin/import', asAdmin({ method: 'POST', body: ndjson([marcheRecord(1)]), headers: { 'Content-Type': 'application/x-ndjson' } }))).status).toBe(200);
    expect((await put(demoApp)).status).toBe(201);
    const stored = (await loadStoredSuppliers(dataDir))!;
    expect(stored.map((s) => s.id).sort()).toEqual((await demoEngine.search(EVERYTHING)).hits.map((h) => h.supplier.id).sort());
    expect(stored).toHaveLength((await demoEngine.stats()).suppliers);
  });
});
