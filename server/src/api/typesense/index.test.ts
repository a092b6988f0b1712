/** The gateway in-process: request and response shapes, errors, and agreement with /v1/suppliers. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse, Supplier } from '../../../../sdk/src/types.js';
import { BRETAGNE_KEY, gatewayApp, OPEN_KEY, QUERY_BY } from './gateway.test-support.js';
import type { TypesenseSearchResult } from './response.js';

let app: Awaited<ReturnType<typeof gatewayApp>>['app'];
let suppliers: Supplier[];

beforeAll(async () => {
  ({ app, suppliers } = await gatewayApp());
  // Delisted suppliers are stored but never searched.
  suppliers = suppliers.filter((supplier) => supplier.active !== false);
});

const headers = { 'x-typesense-api-key': OPEN_KEY };

async function documentsSearch(params: Record<string, string>, key = OPEN_KEY) {
  return app.request(`/typesense/collections/suppliers/documents/search?${new URLSearchParams(params)}`, {
    headers: { 'x-typesense-api-key': key },
  });
}

async function found(params: Record<string, string>, key = OPEN_KEY): Promise<TypesenseSearchResult> {
  const res = await documentsSearch(params, key);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as TypesenseSearchResult;
}

async function v1(query: string): Promise<SearchResponse> {
  const res = await app.request(`/v1/suppliers?${query}`, { headers: { 'x-api-key': OPEN_KEY } });
  expect(res.status).toBe(200);
  return (await res.json()) as SearchResponse;
}

async function multiSearch(body: unknown, query = '') {
  return app.request(`/typesense/multi_search${query}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/plain' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('GET /typesense/collections/suppliers/documents/search', () => {
  it('answers in Typesense’s shape, and as /v1/suppliers does for the same question', async () => {
    const body = await found({ q: 'nettoyage', query_by: QUERY_BY, filter_by: 'kind:=[EI, ESAT, EA]', facet_by: 'department', per_page: '50' });
    const reference = await v1('q=nettoyage&kind=EI&kind=ESAT&kind=EA&facets=department&perPage=50');
    expect(body.found).toBe(reference.found);
    expect(body.hits.map((hit) => hit.document.id)).toEqual(reference.hits.map((hit) => hit.supplier.id));
    expect(body.facet_counts[0]!.field_name).toBe('department');
    expect(body.facet_counts[0]!.counts.map(({ value, count }) => ({ value, count }))).toEqual(reference.facets.department!.slice(0, 10));
    expect(body).toMatchObject({ page: 1, out_of: suppliers.length, request_params: { collection_name: 'suppliers', per_page: 50, q: 'nettoyage' } });
    expect(typeof body.search_time_ms).toBe('number');
  });

  it('returns flat documents, highlighted with the configured tags', async () => {
    const body = await found({ q: 'nettoyage', query_by: QUERY_BY, highlight_full_fields: 'offers', highlight_start_tag: '<b>', highlight_end_tag: '</b>' });
    const hit = body.hits.find((candidate) => candidate.highlight.offers)!;
    expect(hit.document).toMatchObject({ id: expect.any(String), siret: expect.stringMatching(/^\d{14}$/), location: [expect.any(Number), expect.any(Number)] });
    expect(hit.highlight.offers!.snippet).toMatch(/<b>[^<]+<\/b>/);
    expect(hit.highlight.offers!.value).toMatch(/<b>[^<]+<\/b>/);
    expect(hit.highlight.offers!.matched_tokens.length).toBeGreaterThan(0);
    expect(hit.highlights).toContainEqual(expect.objectContaining({ field: 'offers', snippet: hit.highlight.offers!.snippet }));
  });

  it('filters by a polygon and by numeric ranges as a direct check of the suppliers does', async () => {
    // A rough quadrilateral around Bretagne, and suppliers updated in 2024 with 5 to 50 people in insertion.
    const corners = [{ lat: 48.9, lng: -5.2 }, { lat: 48.9, lng: -1.0 }, { lat: 47.2, lng: -1.0 }, { lat: 47.2, lng: -5.2 }];
    const from = Date.parse('2024-01-01T00:00:00Z') / 1000;
    const to = Date.parse('2025-01-01T00:00:00Z') / 1000 - 1;
    const polygon = `location:(${corners.map((corner) => `${corner.lat}, ${corner.lng}`).join(', ')})`;
    const body = await found({ q: '*', per_page: '250', filter_by: `${polygon} || (updated_at:[${from}..${to}] && employees_inclusive:[5..50])` });
    const expected = suppliers.filter((supplier) => {
      const { lat, lng } = supplier.address.point;
      const inside = lat < 48.9 && lat > 47.2 && lng > -5.2 && lng < -1.0;
      const updated = Date.parse(supplier.updatedAt) / 1000;
      const inclusive = supplier.employees?.inclusive;
      return inside || (updated >= from && updated < to + 1 && inclusive !== undefined && inclusive >= 5 && inclusive <= 50);
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(body.hits.map((hit) => hit.document.id).sort()).toEqual(expected.map((supplier) => supplier.id).sort());
  });

  it('keeps or drops document fields with include_fields and exclude_fields', async () => {
    const included = await found({ q: '*', include_fields: 'id,name', per_page: '3' });
    expect(Object.keys(included.hits[0]!.document).sort()).toEqual(['id', 'name']);
    const excluded = await found({ q: '*', exclude_fields: 'location,siret', per_page: '3' });
    expect(excluded.hits[0]!.document).not.toHaveProperty('location');
    expect(excluded.hits[0]!.document).toHaveProperty('id');
  });

  it('sorts by distance from a point and reports it in metres', async () => {
    const body = await found({ q: '*', sort_by: 'location(48.11, -1.68):asc', filter_by: 'location:(48.11, -1.68, 300 km)', per_page: '20' });
    const metres = body.hits.map((hit) => hit.geo_distance_meters!.location);
    expect(metres.length).toBeGreaterThan(0);
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    expect(Math.max(...metres)).toBeLessThanOrEqual(300_000);
  });

  it('filters facet values by a prefix with facet_query and tags it', async () => {
    const body = await found({ q: '*', facet_by: 'sectors', facet_query: 'sectors:nett', per_page: '0' });
    const counts = body.facet_counts[0]!.counts;
    expect(counts.length).toBeGreaterThan(0);
    expect(body.hits).toEqual([]);
    for (const count of counts) {
      expect(count.value).toMatch(/(^|[^a-z])nett/);
      expect(count.highlighted).toContain('<mark>nett</mark>');
    }
  });

  it('ANDs the key’s scope into every search', async () => {
    const body = await found({ q: '*', per_page: '100', facet_by: 'region' }, BRETAGNE_KEY);
    expect(body.found).toBe(suppliers.filter((supplier) => supplier.address.region === '53').length);
    expect(body.facet_counts[0]!.counts.map((count) => count.value)).toEqual(['53']);
    const widened = await found({ q: '*', filter_by: 'region:!=53 || region:=53' }, BRETAGNE_KEY);
    expect(widened.found).toBe(body.found);
  });

  it('refuses what it cannot answer exactly, naming it, in Typesense’s error shape', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ q: '*', num_typos: '0' }, /`num_typos` is not supported/],
      [{ q: '*', preset: 'listing' }, /`preset` is not supported/],
      [{ q: '*', filter_by: 'price:>3' }, /Unknown or unfilterable field "price"/],
      [{ q: '*', sort_by: 'name:asc' }, /"name:asc" is not supported/],
      [{ q: '*', facet_by: 'city' }, /"city" is not one of/],
      [{ q: '*', query_by: 'siret' }, /"siret" is not one of/],
      [{ query_by: QUERY_BY }, /`q` is required/],
      [{ q: '*', page: '101', per_page: '100' }, /Pages stop/],
    ];
    for (const [params, message] of cases) {
      const res = await documentsSearch(params);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
  });
});

describe('POST /typesense/multi_search', () => {
  it('reads a text/plain JSON body, with common parameters from the query string', async () => {
    const res = await multiSearch(
      { searches: [{ collection: 'suppliers', q: '*', filter_by: 'region:=53' }, { collection: 'suppliers', q: '*', per_page: 2 }] },
      '?per_page=5&facet_by=kind',
    );
    const { results } = (await res.json()) as { results: TypesenseSearchResult[] };
    expect(res.status).toBe(200);
    expect(results[0]!.hits.length).toBe(5);
    expect(results[0]!.found).toBe(suppliers.filter((supplier) => supplier.address.region === '53').length);
    expect(results[1]!.hits.length).toBe(2);
    expect(results[1]!.facet_counts[0]!.field_name).toBe('kind');
  });

  it('turns a failing search into { error, code } inside a 200, the others answered', async () => {
    const res = await multiSearch({
      searches: [
        { collection: 'suppliers', q: '*', filter_by: 'kind:=`EI' },
        { collection: 'products', q: '*' },
        { collection: 'suppliers', q: '*', per_page: 1 },
      ],
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Record<string, unknown>[] };
    expect(results[0]).toEqual({ error: expect.stringMatching(/Unclosed backtick/), code: 400 });
    expect(results[1]).toEqual({ error: expect.stringMatching(/products/), code: 404 });
    expect(results[2]).toMatchObject({ found: suppliers.length });
  });

  it('answers a malformed body with a 400 message', async () => {
    for (const body of ['{not json', '{"searches": {}}', JSON.stringify({ searches: [], union: true })]) {
      const res = await multiSearch(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/JSON|searches|Union/);
    }
    const tooMany = await multiSearch({ searches: Array.from({ length: 51 }, () => ({ collection: 'suppliers', q: '*' })) });
    expect(tooMany.status).toBe(400);
  });
});
