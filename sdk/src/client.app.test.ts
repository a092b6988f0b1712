/**
 * The SDK against the real app (embedded engine, real geography, demo suppliers):
 * in-process through `app.request`, then over a real socket on a loopback port.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { generateDemoSuppliers } from '../../server/src/demo-data/generate.js';
import { getGeography } from '../../server/src/domain/geography.js';
import { familyOf, isSector, isSocialClauseKind, sectorGroupOf } from '../../server/src/domain/taxonomy.js';
import { createEmbeddedEngine } from '../../server/src/engine/embedded/engine.js';
import { createTextIndex } from '../../server/src/engine/embedded/text.js';
import { createClient, isApiError, type InclusifClient, type SearchRequest, type Supplier } from './index.js';

const suppliers = generateDemoSuppliers({ seed: 7, count: 450 });
const app = createApp({
  engine: createEmbeddedEngine({
    suppliers,
    textIndex: createTextIndex(),
    groupOf: (sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined),
  }),
  geography: getGeography(),
});
/** Search never returns delisted suppliers. */
const listed = suppliers.filter((supplier) => supplier.active !== false);
/** A supplier with networks and labels, whose values make every filter find something. */
const model = listed.find((supplier) => supplier.networks.length && supplier.labels.length) ?? listed[0]!;
const activity = model.activities[0]!;

/** Every filter kind, with what each hit must satisfy. */
const filters: [string, SearchRequest, (supplier: Supplier) => boolean][] = [
  ['kinds', { kinds: [model.kind] }, (s) => s.kind === model.kind],
  ['families', { families: ['handicap'] }, (s) => familyOf(s.kind) === 'handicap'],
  ['prestaTypes', { prestaTypes: ['DISP'] }, (s) => s.activities.some((a) => a.prestaTypes.includes('DISP'))],
  ['sectors', { sectors: [activity.sector] }, (s) => s.activities.some((a) => a.sector === activity.sector)],
  [
    'sectorGroups',
    { sectorGroups: [sectorGroupOf(activity.sector)] },
    (s) => s.activities.some((a) => sectorGroupOf(a.sector) === sectorGroupOf(activity.sector)),
  ],
  ['networks', { networks: model.networks.slice(0, 1) }, (s) => s.networks.includes(model.networks[0]!)],
  ['labels', { labels: model.labels.slice(0, 1) }, (s) => s.labels.includes(model.labels[0]!)],
  [
    'location',
    { location: [`department:${model.address.department}`, `region:${model.address.region}`] },
    (s) => s.address.region === model.address.region,
  ],
  ['socialClause', { socialClause: true }, (s) => isSocialClauseKind(s.kind)],
];

function exercise(makeClient: () => InclusifClient) {
  let api: InclusifClient;
  beforeAll(() => {
    api = makeClient();
  });

  it.each(filters)('search by %s returns only matching suppliers', async (_, request, matches) => {
    const response = await api.search({ ...request, perPage: 100 });
    expect(response.found).toBeGreaterThan(0);
    expect(response.found).toBeLessThan(listed.length);
    expect(response.hits.every((hit) => matches(hit.supplier))).toBe(true);
  });

  it('searches by text, served place, point and sort, with facets', async () => {
    const byText = await api.search({ q: model.name });
    expect(byText.hits.map((hit) => hit.supplier.id)).toContain(model.id);
    const bySiret = await api.search({ q: model.siret });
    expect(bySiret.hits[0]!.supplier.id).toBe(model.id);

    const served = await api.search({ serves: [`commune:${model.address.communeCode}`], sort: 'distance' });
    expect(served.found).toBeGreaterThan(0);
    const distances = served.hits.map((hit) => hit.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const near = await api.search({ near: { ...model.address.point, radiusKm: 30 }, sort: 'distance', facets: ['kind', 'department'] });
    expect(near.hits[0]!.distanceKm).toBeLessThanOrEqual(30);
    expect(near.hits.every((hit) => hit.distanceKm! <= 30)).toBe(true);
    expect(near.facets.kind!.reduce((sum, facet) => sum + facet.count, 0)).toBe(near.found);

    const byName = await api.search({ sort: 'name', perPage: 5, page: 2 });
    expect(byName).toMatchObject({ page: 2, perPage: 5, found: listed.length });
  });

  it('pages through every result to the end', async () => {
    const ids = new Set<string>();
    for await (const hit of api.searchAll({ families: ['insertion'] })) ids.add(hit.supplier.id);
    const expected = listed.filter((supplier) => familyOf(supplier.kind) === 'insertion').length;
    expect(ids.size).toBe(expected);
    const everyone: string[] = [];
    for await (const hit of api.searchAll({})) everyone.push(hit.supplier.id);
    expect(everyone).toHaveLength(listed.length);
    expect(new Set(everyone).size).toBe(listed.length);
  });

  it('gets a supplier by id and by SIRET', async () => {
    await expect(api.get(model.id)).resolves.toMatchObject({ id: model.id, siret: model.siret });
    await expect(api.get(model.siret)).resolves.toMatchObject({ id: model.id });
  });

  it('suggests, finds places and reads the taxonomy', async () => {
    const { suggestions } = await api.suggest('lyo');
    expect(suggestions.some((s) => s.type === 'place' && s.place.id === 'commune:69123')).toBe(true);
    const { places } = await api.places('Rennes', { limit: 3 });
    expect(places.length).toBeLessThanOrEqual(3);
    expect(places.map((place) => place.id)).toContain('commune:35238');
    const taxonomy = await api.taxonomy();
    expect(taxonomy.kinds).toHaveLength(10);
    expect(taxonomy.sectorGroups).toHaveLength(20);
  });

  it('links to a CSV export of the search that the API answers', async () => {
    const url = api.exportCsvUrl({ families: ['handicap'], sort: 'name' });
    const res = await app.request(url);
    expect(res.status).toBe(200);
    const lines = new TextDecoder().decode(await res.arrayBuffer()).split('\r\n').slice(1, -1);
    const expected = listed.filter((supplier) => familyOf(supplier.kind) === 'handicap');
    expect(lines).toHaveLength(expected.length);
    expect(lines.map((line) => line.split(';')[2]).sort()).toEqual(expected.map((supplier) => supplier.siret).sort());
  });

  it('turns API errors into ApiError with code and request id', async () => {
    const missing = await api.get('nobody').catch((e: unknown) => e);
    expect(isApiError(missing) && [missing.status, missing.code]).toEqual([404, 'not_found']);
    expect(isApiError(missing) && missing.requestId).toMatch(/.+/);
    const invalid = await api.search({ perPage: 500 }).catch((e: unknown) => e);
    expect(isApiError(invalid) && [invalid.status, invalid.code, invalid.body?.error.details?.parameter]).toEqual([
      400,
      'invalid_parameter',
      'perPage',
    ]);
  });
}

describe('in process (app.request)', () => {
  exercise(() =>
    createClient({ baseUrl: 'http://inclusif.test', fetch: (input, init) => Promise.resolve(app.request(input as string, init)) }),
  );
});

describe('over a loopback socket', () => {
  let server: ServerType;
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        port = info.port;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  exercise(() => createClient({ baseUrl: `http://127.0.0.1:${port}`, cache: false }));
});
