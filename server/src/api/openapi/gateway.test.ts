/** The gateway as documented: each documented parameter, sort and limit against the gateway itself. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { MAX_RESULTS_PER_REQUEST } from '../../http/rate-limit/work.js';
import { DOCUMENT_FIELDS, toDocument } from '../../typesense/schema.js';
import { fakeEngine, fakeGeography, SUPPLIER } from '../../../test-support/fakes.test-support.js';
import { openApiDocument } from './document.js';
import { MULTI_SEARCH_EXAMPLE } from './gateway-routes.js';
import { MAX_PER_PAGE, MAX_SEARCHES, MAX_TAG_LENGTH, SORT_BY } from './typesense-parameters.js';

// The limits stated are the gateway's own: rate limits (charged by work) are tested in http/rate-limit/ and api/typesense/work.test.ts.
const app = createApp({ engine: fakeEngine(), geography: fakeGeography(), rateLimit: { anonymous: { perMinute: 1e6, burst: 1e6 } } });
const document = openApiDocument({ version: '1' });
const SEARCH_PATH = '/typesense/collections/suppliers/documents/search';
const searchOperation = document.paths[SEARCH_PATH]!.get!;
const multiSearchOperation = document.paths['/typesense/multi_search']!.post!;

const search = (params: Record<string, string>) => app.request(`${SEARCH_PATH}?${new URLSearchParams(params)}`);
const multiSearch = (body: unknown) =>
  app.request('/typesense/multi_search', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) });

describe('the gateway in the document', () => {
  it('documents both routes under Typesense, the multi_search body as text/plain or JSON, and 400 in Typesense’s shape', () => {
    for (const operation of [searchOperation, multiSearchOperation]) {
      expect(operation.tags).toEqual(['Typesense']);
      expect(operation.description).toContain('Typesense protocol: see Typesense’s API reference for the full grammar');
      expect(operation.responses['400']).toEqual({
        description: expect.any(String),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/TypesenseError' } } },
      });
      expect(operation.security).toContainEqual({ typesenseKey: [] });
    }
    expect(Object.keys(multiSearchOperation.requestBody!.content)).toEqual(['text/plain', 'application/json']);
    expect(searchOperation.parameters.find((parameter) => parameter.name === 'q')!.required).toBe(true);
    expect(multiSearchOperation.parameters.every((parameter) => !parameter.required)).toBe(true);
  });

  it('accepts every documented parameter’s example together, and refuses an undocumented one with { message }', async () => {
    const params = Object.fromEntries(searchOperation.parameters.flatMap(({ name, example }) => (example === undefined ? [] : [[name, String(example)]])));
    expect(Object.keys(params).length).toBeGreaterThan(10);
    const res = await search(params);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ found: 1, page: 2, facet_counts: [{ field_name: 'kind' }, { field_name: 'sector_groups' }] });

    const refused = await search({ q: '*', group_by: 'kind' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining('group_by'), code: 'unknown_parameter' });
  });

  it('accepts each documented sort_by, and refuses another', async () => {
    for (const sortBy of SORT_BY) expect((await search({ q: '*', sort_by: sortBy })).status, sortBy).toBe(200);
    expect((await search({ q: '*', sort_by: 'city:asc' })).status).toBe(400);
  });

  it('holds the limits it states', async () => {
    expect((await search({ q: '*', per_page: String(MAX_PER_PAGE) })).status).toBe(200);
    expect((await search({ q: '*', per_page: String(MAX_PER_PAGE + 1) })).status).toBe(400);
    expect((await search({ q: '*', highlight_start_tag: 'x'.repeat(MAX_TAG_LENGTH) })).status).toBe(200);
    expect((await search({ q: '*', highlight_start_tag: 'x'.repeat(MAX_TAG_LENGTH + 1) })).status).toBe(400);
    const searches = (count: number) => ({ searches: Array.from({ length: count }, () => ({ collection: 'suppliers', q: '*' })) });
    expect((await multiSearch(searches(MAX_SEARCHES))).status).toBe(200);
    expect((await multiSearch(searches(MAX_SEARCHES + 1))).status).toBe(400);
    expect((await multiSearch({ ...searches(1), union: true })).status).toBe(400);
    const paged = (perPage: number) => ({ searches: Array.from({ length: 4 }, () => ({ collection: 'suppliers', q: '*', per_page: perPage })) });
    expect((await multiSearch(paged(MAX_RESULTS_PER_REQUEST / 4))).status).toBe(200);
    expect((await multiSearch(paged(MAX_RESULTS_PER_REQUEST / 4 + 1))).status).toBe(400);
  });

  it('answers its multi_search example with one result per search', async () => {
    expect(multiSearchOperation.requestBody!.content['text/plain']!.examples!.search!.value).toBe(MULTI_SEARCH_EXAMPLE);
    const res = await multiSearch(MULTI_SEARCH_EXAMPLE);
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: { found: number }[] };
    expect(results).toHaveLength(MULTI_SEARCH_EXAMPLE.searches.length);
    for (const result of results) expect(result.found).toBe(1);
  });

  it('lists in SupplierDocument exactly the fields the gateway can return', async () => {
    const properties = Object.keys(document.components.schemas.SupplierDocument!.properties as object);
    expect(properties).toEqual(DOCUMENT_FIELDS);
    const { hits } = (await (await search({ q: '*' })).json()) as { hits: { document: object }[] };
    expect(Object.keys(hits[0]!.document).sort()).toEqual(Object.keys(toDocument(SUPPLIER)).sort());
    expect(properties).toEqual(expect.arrayContaining(Object.keys(hits[0]!.document)));
  });
});
