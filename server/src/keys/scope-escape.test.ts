/**
 * Scope escape: thousands of generated requests against scoped keys, over the real
 * app and embedded engine; no answer may ever hold, or count, a supplier outside the
 * key's scope. Request filters, ids, SIRETs, suggestions and facet counts alike.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FacetName, SearchResponse, SuggestResponse, Supplier } from '../../../sdk/src/types.js';
import { FACET_NAMES, KIND_CODES, LABELS, NETWORKS, PRESTA_TYPES, SECTOR_GROUPS, SECTORS } from '../api/schema.js';
import { createApp, type App } from '../app.js';
import { generateDemoSuppliers } from '../demo-data/generate.js';
import { getGeography } from '../domain/geography.js';
import { isSector, isSocialClauseKind, sectorGroupOf } from '../domain/taxonomy.js';
import { createEmbeddedEngine } from '../engine/embedded/engine.js';
import { createTextIndex } from '../engine/embedded/text.js';
import { oracleFacetValues } from '../../test-support/filter-oracle.test-support.js';
import { FACET_FIELDS } from '../typesense/schema.js';
import { siteKey, storeOf } from './keys.test-support.js';
import type { KeyScope } from './types.js';

const SCOPED_KEYS: Record<string, KeyScope> = {
  pk_live_federation: { networks: ['coorace'] },
  pk_live_bretagne: { regions: ['53'] },
  pk_live_mixed: { departments: ['13', '35', '69', '75'], kinds: ['EI', 'ACI', 'ESAT'], socialClause: true },
};
const KEY_NAMES = Object.keys(SCOPED_KEYS);
const RUNS = 400;

let app: App;
let suppliers: Supplier[];

beforeAll(async () => {
  suppliers = generateDemoSuppliers({ seed: 11, count: 400 });
  const engine = createEmbeddedEngine({ suppliers, textIndex: createTextIndex(), groupOf: (sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined) });
  const keys = storeOf(await Promise.all(KEY_NAMES.map((text) => siteKey(text, { scope: SCOPED_KEYS[text]! }))));
  app = createApp({ engine, geography: getGeography(), keys, rateLimit: { anonymous: { perMinute: 1e6, burst: 1e6 }, siteKeyDefault: { perMinute: 1e6, burst: 1e6 } } });
});

/** The scope rule written again from its definition, independent of the Filter code. */
function inScope(supplier: Supplier, scope: KeyScope): boolean {
  return (
    supplier.active !== false &&
    (!scope.networks || supplier.networks.some((network) => scope.networks!.includes(network))) &&
    (!scope.regions || scope.regions.includes(supplier.address.region)) &&
    (!scope.departments || scope.departments.includes(supplier.address.department)) &&
    (!scope.kinds || scope.kinds.includes(supplier.kind)) &&
    (!scope.socialClause || isSocialClauseKind(supplier.kind))
  );
}

const groupOf = (sector: string) => (isSector(sector) ? sectorGroupOf(sector) : undefined);
const facetValues = (supplier: Supplier, facet: FacetName) => oracleFacetValues(supplier, { name: facet }, groupOf);

const some = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1, maxLength: 3 });
const PLACES = ['department:35', 'department:13', 'department:75', 'region:53', 'region:93', 'region:84', 'commune:35238', 'commune:13055'];
interface TypesenseAnswer {
  found: number;
  hits: { document: { id?: unknown } }[];
  facet_counts: { field_name: string; counts: { value: string; count: number }[] }[];
}

/** What a page could try in filter_by to reach past its key's scope. */
const FILTER_BY_ATTEMPTS = [
  'networks:=[unapei]',
  'region:=[93] || region:=[53]',
  '`) || (x:=',
  'networks:!=[coorace]',
  'id:*',
  'kind:=[EI] || networks:=[`coorace`]',
  '(region:=[84]) || (department:=[13])',
  'region:!=[53]',
  'x:=`` || id:!=[none]',
];

const HOSTILE = ['`) || (x:=', 'network:=[coorace] || id:*', '*', '") OR 1=1 --', '%00', '\u202e', 'coorace'];

const parameterArbitraries = {
  q: fc.oneof(fc.constantFrom(...HOSTILE, 'nettoyage', 'atelier', 'assoc', 'traiteur espaces verts'), fc.string({ maxLength: 20 })),
  kind: some(KIND_CODES),
  network: some(NETWORKS),
  label: some(LABELS),
  presta: some(PRESTA_TYPES),
  sector: some(SECTORS),
  sectorGroup: some(SECTOR_GROUPS),
  location: some(PLACES),
  serves: some(PLACES),
  socialClause: fc.constantFrom('true', 'false'),
  sort: fc.constantFrom('relevance', 'name', 'updated'),
  page: fc.integer({ min: 1, max: 4 }).map(String),
  perPage: fc.integer({ min: 1, max: 100 }).map(String),
  facets: some(FACET_NAMES),
};

/** A few parameters at a time: piling up every filter would leave nothing to leak. */
const requestArbitrary = fc
  .tuple(fc.record(parameterArbitraries), fc.shuffledSubarray(Object.keys(parameterArbitraries), { maxLength: 4 }))
  .map(([fields, chosen]) => {
    const params = new URLSearchParams();
    for (const name of chosen) {
      const value = fields[name as keyof typeof fields];
      params.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    return params;
  });

describe.each(KEY_NAMES)('scope of %s', (key) => {
  const scope = SCOPED_KEYS[key]!;
  const headers = { 'x-api-key': key };

  it('has suppliers on both sides of the scope in the data', () => {
    const inside = suppliers.filter((supplier) => inScope(supplier, scope)).length;
    expect(inside).toBeGreaterThan(5);
    expect(inside).toBeLessThan(suppliers.length - 5);
  });

  it('never returns or counts a supplier outside it, whatever the search asks', async () => {
    const visible = suppliers.filter((supplier) => inScope(supplier, scope));
    let answeredWithHits = 0;
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (params) => {
        const res = await app.request(`/v1/suppliers?${params}`, { headers });
        expect([200, 400]).toContain(res.status);
        if (res.status !== 200) return;
        const body = (await res.json()) as SearchResponse;
        expect(body.found).toBeLessThanOrEqual(visible.length);
        if (body.hits.length) answeredWithHits++;
        for (const { supplier } of body.hits) expect(inScope(supplier, scope)).toBe(true);
        for (const [facet, counts] of Object.entries(body.facets) as [FacetName, { value: string; count: number }[]][]) {
          for (const { value, count } of counts) {
            const possible = visible.filter((supplier) => facetValues(supplier, facet).includes(value)).length;
            expect(count).toBeLessThanOrEqual(possible);
          }
        }
      }),
      { seed: 6, numRuns: RUNS },
    );
    // The property means little if most generated searches are refused or empty.
    expect(answeredWithHits).toBeGreaterThan(RUNS / 10);
  });

  it('answers 404 for an out-of-scope supplier, by id or SIRET however written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...suppliers), fc.constantFrom('id', 'siret', 'spaced'), async (supplier, form) => {
        const reference = form === 'id' ? supplier.id : form === 'siret' ? supplier.siret : supplier.siret.replace(/^(\d{3})(\d{3})(\d{3})/, '$1 $2 $3 ');
        const res = await app.request(`/v1/suppliers/${encodeURIComponent(reference)}`, { headers });
        expect(res.status).toBe(inScope(supplier, scope) ? 200 : 404);
      }),
      { seed: 7, numRuns: RUNS },
    );
  });

  it('never suggests a supplier outside it, even typed by name', async () => {
    const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...suppliers), fc.integer({ min: 2, max: 12 }), async (supplier, length) => {
        const res = await app.request(`/v1/suggest?q=${encodeURIComponent(supplier.name.slice(0, length))}`, { headers });
        expect(res.status).toBe(200);
        const { suggestions } = (await res.json()) as SuggestResponse;
        for (const suggestion of suggestions) {
          if (suggestion.type === 'supplier') expect(inScope(byId.get(suggestion.id)!, scope)).toBe(true);
        }
      }),
      { seed: 8, numRuns: RUNS },
    );
  });
  it('holds through the Typesense gateway, whatever filter_by tries', async () => {
    const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
    const visible = suppliers.filter((supplier) => inScope(supplier, scope));
    const filterBy = fc.oneof(
      fc.constantFrom(...FILTER_BY_ATTEMPTS),
      fc.tuple(fc.constantFrom(...FILTER_BY_ATTEMPTS), fc.constantFrom(...FILTER_BY_ATTEMPTS), fc.constantFrom(' && ', ' || ', ') || (', '')).map(([a, b, join]) => `${a}${join}${b}`),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(filterBy, fc.constantFrom('*', 'nettoyage', 'assoc'), async (filter, q) => {
        const params = new URLSearchParams({ q, query_by: 'name', filter_by: filter, facet_by: Object.keys(FACET_FIELDS).join(','), per_page: '100' });
        const res = await app.request(`/typesense/collections/suppliers/documents/search?${params}`, { headers: { 'x-typesense-api-key': key } });
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) return;
        const body = (await res.json()) as TypesenseAnswer;
        expect(body.found).toBeLessThanOrEqual(visible.length);
        for (const hit of body.hits) expect(inScope(byId.get(String(hit.document.id))!, scope)).toBe(true);
        for (const { field_name, counts } of body.facet_counts) {
          const facet = FACET_FIELDS[field_name]!;
          for (const { value, count } of counts) {
            expect(count).toBeLessThanOrEqual(visible.filter((supplier) => facetValues(supplier, facet).includes(value)).length);
          }
        }
      }),
      { seed: 9, numRuns: RUNS / 2 },
    );
  });
});
