/**
 * The real clients against the gateway on a loopback port: the official `typesense`
 * client and typesense-instantsearch-adapter called as InstantSearch calls it.
 * Answers are checked against GET /v1/suppliers for the same question.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Client } from 'typesense';
import * as adapterModule from 'typesense-instantsearch-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse, Supplier } from '../../../../sdk/src/types.js';
import { distanceKm } from '../../domain/geo-distance.js';
import { gatewayApp, OPEN_KEY, QUERY_BY } from './gateway.test-support.js';
import type { SupplierDocument } from '../../typesense/schema.js';

// CommonJS compiled from an ES module: the class is the inner `default`.
type AdapterClass = typeof adapterModule.default;
const TypesenseInstantSearchAdapter: AdapterClass =
  (adapterModule.default as unknown as { default?: AdapterClass }).default ?? adapterModule.default;

let server: ServerType;
let baseUrl: string;
let client: Client;
/**
 * The adapter's search client as InstantSearch calls it. Its own typings follow
 * whichever algoliasearch version is installed (v5 once instantsearch.js is there),
 * not the v4-style requests InstantSearch.js sends it.
 */
interface InstantSearchClient {
  search(requests: ReturnType<typeof instantSearchRequest>[]): Promise<{ results: unknown[] }>;
  searchForFacetValues(requests: ReturnType<typeof instantSearchRequest>[]): Promise<unknown>;
}
let searchClient: InstantSearchClient;
let active: Supplier[];

beforeAll(async () => {
  const { app, suppliers } = await gatewayApp();
  active = suppliers.filter((supplier) => supplier.active !== false);
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  const nodes = [{ host: '127.0.0.1', port, protocol: 'http', path: '/typesense' }];
  client = new Client({ nodes, apiKey: OPEN_KEY, connectionTimeoutSeconds: 5, numRetries: 0 });
  searchClient = new TypesenseInstantSearchAdapter({
    server: { nodes, apiKey: OPEN_KEY, cacheSearchResultsForSeconds: 0, numRetries: 0 },
    additionalSearchParameters: { query_by: QUERY_BY },
    geoLocationField: 'location',
  }).searchClient as unknown as InstantSearchClient;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

async function v1(query: string): Promise<SearchResponse> {
  const res = await fetch(`${baseUrl}/v1/suppliers?${query}`, { headers: { 'x-api-key': OPEN_KEY } });
  expect(res.status).toBe(200);
  return (await res.json()) as SearchResponse;
}

const ids = (hits: readonly { supplier: Supplier }[]) => hits.map((hit) => hit.supplier.id);

/** What InstantSearch sends for one index: Algolia-style parameters. */
function instantSearchRequest(params: Record<string, unknown>, indexName = 'suppliers') {
  return { indexName, params: { highlightPreTag: '__ais-highlight__', highlightPostTag: '__/ais-highlight__', maxValuesPerFacet: 10, page: 0, ...params } };
}

describe('the official typesense client', () => {
  it('documents().search answers as /v1/suppliers does', async () => {
    const result = await client.collections<SupplierDocument>('suppliers').documents().search({
      q: 'nettoyage',
      query_by: QUERY_BY,
      filter_by: 'serves:=commune:35238 && kind_family:=insertion',
      facet_by: 'region',
      per_page: 50,
    });
    const reference = await v1('q=nettoyage&serves=commune:35238&family=insertion&sort=relevance&perPage=50&facets=region');
    expect(result.found).toBe(reference.found);
    expect(result.hits!.map((hit) => hit.document.id)).toEqual(ids(reference.hits));
    expect(result.facet_counts![0]!.counts.map(({ value, count }) => ({ value, count }))).toEqual(reference.facets.region!.slice(0, 10));
  });

  it('multiSearch.perform runs several searches, common parameters in the query string', async () => {
    const { results } = await client.multiSearch.perform<[SupplierDocument, SupplierDocument]>(
      {
        searches: [
          { collection: 'suppliers', filter_by: 'sector_groups:=[hygiene-et-proprete-64] && region:=[53, 52]', sort_by: 'display_name:asc' },
          { collection: 'suppliers', filter_by: 'employees_inclusive:>=50', sort_by: 'updated_at:desc' },
        ],
      },
      { q: '*', query_by: QUERY_BY, per_page: 100 },
    );
    expect(results[0]).not.toHaveProperty('error');
    const first = await v1('sectorGroup=hygiene-et-proprete-64&location=region:53&location=region:52&sort=name&perPage=100');
    expect(first.found).toBeGreaterThan(0);
    expect(results[0]!.found).toBe(first.found);
    expect(results[0]!.hits!.map((hit) => hit.document.id)).toEqual(ids(first.hits));
    const employing = active.filter((supplier) => (supplier.employees?.inclusive ?? -1) >= 50);
    expect(results[1]!.found).toBe(employing.length);
    const updated = results[1]!.hits!.map((hit) => hit.document.updated_at);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });

  it('reports a refused filter as the client’s 400 error with the gateway’s message', async () => {
    const search = client.collections('suppliers').documents().search({ q: '*', query_by: QUERY_BY, filter_by: 'turnover:>3' });
    await expect(search).rejects.toMatchObject({ httpStatus: 400, message: expect.stringMatching(/Unknown or unfilterable field "turnover"/) });
  });
});

describe('typesense-instantsearch-adapter, as InstantSearch calls it', () => {
  it('searches a query with a disjunctive refinement and its extra facet search', async () => {
    const refinements = [['kind:EI', 'kind:ESAT']];
    const { results } = await searchClient.search([
      instantSearchRequest({ query: 'nettoyage', facets: ['kind', 'region'], facetFilters: refinements, hitsPerPage: 20 }),
      // InstantSearch's disjunctive-facet search: the same question without the kind refinement.
      instantSearchRequest({ query: 'nettoyage', facets: ['kind'], hitsPerPage: 0, analytics: false, clickAnalytics: false }),
    ]);
    const refined = await v1('q=nettoyage&kind=EI&kind=ESAT&facets=kind&facets=region&perPage=20');
    const main = results[0] as { nbHits: number; hits: { objectID: string; _highlightResult: Record<string, { value: string }> }[]; facets: Record<string, Record<string, number>> };
    expect(main.nbHits).toBe(refined.found);
    expect(main.hits.map((hit) => hit.objectID)).toEqual(ids(refined.hits));
    expect(main.facets.region).toEqual(Object.fromEntries(refined.facets.region!.slice(0, 10).map(({ value, count }) => [value, count])));
    const disjunctive = results[1] as { facets: Record<string, Record<string, number>> };
    expect(disjunctive.facets.kind).toEqual(Object.fromEntries(refined.facets.kind!.map(({ value, count }) => [value, count])));
    const highlighted = main.hits.flatMap((hit) => Object.values(hit._highlightResult)).map((field) => field.value);
    expect(highlighted.some((value) => /__ais-highlight__[^_]+__\/ais-highlight__/.test(value))).toBe(true);
  });

  it('applies numeric and geo refinements', async () => {
    const rennes = { lat: 48.1114, lng: -1.6819 };
    const { results } = await searchClient.search([
      instantSearchRequest({
        query: '',
        numericFilters: ['employees_inclusive>=10', 'employees_inclusive<=200'],
        aroundLatLng: `${rennes.lat},${rennes.lng}`,
        aroundRadius: 150_000,
        hitsPerPage: 100,
      }),
    ]);
    const expected = active.filter((supplier) => {
      const inclusive = supplier.employees?.inclusive;
      return inclusive !== undefined && inclusive >= 10 && inclusive <= 200 && distanceKm(supplier.address.point, rennes) <= 150;
    });
    const result = results[0] as { nbHits: number; hits: { objectID: string }[] };
    expect(expected.length).toBeGreaterThan(0);
    expect(result.nbHits).toBe(expected.length);
    expect(result.hits.map((hit) => hit.objectID).sort()).toEqual(expected.map((supplier) => supplier.id).sort());
  });

  it('searches facet values (facet_query)', async () => {
    const [answer] = (await searchClient.searchForFacetValues([
      instantSearchRequest({ facetName: 'sectors', facetQuery: 'nett', query: '', facets: ['sectors'], maxFacetHits: 10 }),
    ])) as unknown as [{ facetHits: { value: string; highlighted: string; count: number }[] }];
    const everySector = await v1('facets=sector&perPage=1');
    expect(answer.facetHits.length).toBeGreaterThan(0);
    for (const hit of answer.facetHits) {
      expect(hit.highlighted).toContain('__ais-highlight__nett__/ais-highlight__');
      expect(hit.count).toBe(everySector.facets.sector!.find((sector) => sector.value === hit.value)?.count);
    }
  });

  it('pages through a sort chosen by index name', async () => {
    const { results } = await searchClient.search([
      instantSearchRequest({ query: '', hitsPerPage: 7, page: 2 }, 'suppliers/sort/display_name:asc'),
    ]);
    const reference = await v1('sort=name&perPage=7&page=3');
    const page = results[0] as { page: number; nbPages: number; hits: { objectID: string }[] };
    expect(page.page).toBe(2);
    expect(page.nbPages).toBe(Math.ceil(active.length / 7));
    expect(page.hits.map((hit) => hit.objectID)).toEqual(ids(reference.hits));
  });
});
