/**
 * The whole API over the real pieces: embedded engine, bundled geography, taxonomy
 * and seeded demo suppliers. The perimeter rule is checked here by a small oracle of
 * its own, written from server/test-fixtures/perimeter-rule.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity, PlacesResponse, SearchResponse, SuggestResponse, Supplier } from '../../sdk/src/types.js';
import { createApp, type App } from './app.js';
import { generateDemoSuppliers } from './demo-data/generate.js';
import { distanceKm } from './domain/geo-distance.js';
import { getGeography } from './domain/geography.js';
import { isSector, sectorGroupOf } from './domain/taxonomy.js';
import { createEmbeddedEngine } from './engine/embedded/engine.js';
import { createTextIndex } from './engine/embedded/text.js';

const RENNES = getGeography().commune('35238')!;

/** Whether this activity of the supplier lets it serve Rennes, by the perimeter rule. */
function servesRennes(supplier: Supplier, activity: Activity): boolean {
  if (RENNES.postcodes.includes(supplier.address.postcode)) return true;
  const { range } = activity;
  if (range.type === 'COUNTRY') return true;
  if (range.type === 'CUSTOM') return distanceKm(supplier.address.point, RENNES.point) <= range.km;
  return range.zones.some((zone) => ['commune:35238', 'department:35', 'region:53'].includes(zone));
}

let app: App;
let suppliers: Supplier[];

beforeAll(() => {
  suppliers = generateDemoSuppliers({ seed: 7, count: 3000 });
  const engine = createEmbeddedEngine({ suppliers, textIndex: createTextIndex(), groupOf: (sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined) });
  app = createApp({ engine, geography: getGeography() });
});

async function search(query: string): Promise<SearchResponse> {
  const res = await app.request(`/v1/suppliers?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SearchResponse;
}

describe('the API over the embedded engine and the demo data', () => {
  it('finds cleaning suppliers that really can serve Rennes', async () => {
    const body = await search('q=nettoyage&serves=commune:35238&perPage=100');
    expect(body.found).toBeGreaterThan(0);
    for (const { supplier } of body.hits) {
      expect(supplier.activities.some((activity) => servesRennes(supplier, activity))).toBe(true);
    }
  });

  it('holds sector and place to the same activity, and sorts nearest first', async () => {
    const body = await search('sector=nettoyage-de-locaux-16&serves=commune:35238&perPage=100');
    expect(body.found).toBeGreaterThan(0);
    for (const { supplier } of body.hits) {
      const activities = supplier.activities.filter((activity) => activity.sector === 'nettoyage-de-locaux-16');
      expect(activities.some((activity) => servesRennes(supplier, activity))).toBe(true);
    }
    const distances = body.hits.map((hit) => hit.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('counts kinds disjunctively: choosing one kind keeps the others’ counts', async () => {
    const all = await search('location=department:35&facets=kind');
    const ea = await search('location=department:35&kind=EA&facets=kind');
    expect(ea.facets.kind).toEqual(all.facets.kind);
    expect(ea.found).toBe(all.facets.kind!.find((value) => value.value === 'EA')?.count ?? 0);
  });

  it('finds a supplier by its SIRET as text, and by id', async () => {
    const target = suppliers[42]!;
    const spaced = target.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
    const body = await search(`q=${encodeURIComponent(spaced)}`);
    expect(body.hits.map((hit) => hit.supplier.id)).toEqual([target.id]);
    const res = await app.request(`/v1/suppliers/${target.id}`);
    expect(((await res.json()) as Supplier).siret).toBe(target.siret);
  });

  it('suggests places and sectors as the buyer types', async () => {
    const body = (await (await app.request('/v1/suggest?q=rennes')).json()) as SuggestResponse;
    expect(body.suggestions).toContainEqual(expect.objectContaining({ type: 'place', place: expect.objectContaining({ id: 'commune:35238' }) }));
    const places = (await (await app.request('/v1/places?q=35000')).json()) as PlacesResponse;
    expect(places.places[0]?.id).toBe('commune:35238');
  });

  it('reports the engine’s suppliers in /healthz', async () => {
    const res = await app.request('/healthz');
    expect(await res.json()).toMatchObject({ status: 'ok', engine: 'embedded' });
  });
});
