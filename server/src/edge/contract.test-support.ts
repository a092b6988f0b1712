/**
 * The API contract as seen from outside, over HTTP: one suite for every way the
 * server runs (Node on a port, the built worker in workerd). It asks only what a
 * client can see: statuses, bodies in the contract's shapes, headers.
 */
import { expect, it } from 'vitest';
import type { ErrorBody, SearchResponse, SuggestResponse, Supplier, Taxonomy } from '../../../sdk/src/types.js';
import { DEMO_PORTAL_KEY } from '../keys/demo.js';

/** A fetch that takes a path of the API ("/v1/suppliers?q=..."). */
export type ApiFetch = (path: string, init?: RequestInit) => Promise<Response>;

async function json<T>(response: Response, status: number): Promise<T> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

async function expectError(response: Response, status: number, code: string): Promise<void> {
  const body = await json<ErrorBody>(response, status);
  expect(body.error.code).toBe(code);
  expect(body.requestId).toBe(response.headers.get('x-request-id'));
}

/** Registers the contract's tests; `api` is called inside them, once the target is up. */
export function apiContract(api: () => ApiFetch): void {
  it('searches suppliers: hits, pages and facets', async () => {
    const body = await json<SearchResponse>(await api()('/v1/suppliers?q=nettoyage&perPage=5&facets=kind'), 200);
    expect(body.found).toBeGreaterThan(5);
    expect(body).toMatchObject({ page: 1, perPage: 5, pages: Math.ceil(body.found / 5) });
    expect(body.hits).toHaveLength(5);
    expect(body.facets.kind!.reduce((sum, value) => sum + value.count, 0)).toBe(body.found);
  });

  it('gets a supplier by id, and answers 404 for an unknown one', async () => {
    const [first] = (await json<SearchResponse>(await api()('/v1/suppliers?perPage=1'), 200)).hits;
    const supplier = await json<Supplier>(await api()(`/v1/suppliers/${first!.supplier.id}`), 200);
    expect(supplier).toEqual(first!.supplier);
    await expectError(await api()('/v1/suppliers/aucun-fournisseur'), 404, 'not_found');
  });

  it('suggests places as a user types', async () => {
    const { suggestions } = await json<SuggestResponse>(await api()('/v1/suggest?q=renne'), 200);
    expect(suggestions).toContainEqual(expect.objectContaining({ type: 'place', place: expect.objectContaining({ id: 'commune:35238' }) }));
  });

  it('serves the taxonomy', async () => {
    const taxonomy = await json<Taxonomy>(await api()('/v1/taxonomy'), 200);
    expect(taxonomy.kinds.map((kind) => kind.code)).toContain('ESAT');
  });

  it('answers errors in the JSON error body', async () => {
    await expectError(await api()('/v1/suppliers?perPage=0'), 400, 'invalid_parameter');
    await expectError(await api()('/v1/nulle-part'), 404, 'not_found');
    await expectError(await api()('/v1/suppliers', { method: 'DELETE' }), 405, 'method_not_allowed');
    await expectError(await api()('/v1/suppliers', { headers: { 'x-api-key': 'pk_live_inconnue' } }), 401, 'unauthorized');
  });

  it("holds a scoped key to its scope: the Bretagne portal's key sees suppliers of Bretagne only", async () => {
    const all = await json<SearchResponse>(await api()('/v1/suppliers?perPage=50'), 200);
    const scoped = await json<SearchResponse>(await api()('/v1/suppliers?perPage=50', { headers: { 'x-api-key': DEMO_PORTAL_KEY } }), 200);
    expect(scoped.found).toBeGreaterThan(0);
    expect(scoped.found).toBeLessThan(all.found);
    expect(new Set(scoped.hits.map((hit) => hit.supplier.address.region))).toEqual(new Set(['53']));
    // A request cannot widen the scope: asking for another region finds nothing.
    const widened = await json<SearchResponse>(await api()('/v1/suppliers?location=region:11', { headers: { 'x-api-key': DEMO_PORTAL_KEY } }), 200);
    expect(widened.found).toBe(0);
  });

  it('lets CDNs cache searches per key and origin, with an ETag for revalidation', async () => {
    const response = await api()('/v1/suppliers?q=traiteur', { headers: { origin: 'http://localhost:8787' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300');
    const vary = (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['origin', 'x-api-key', 'x-typesense-api-key']));
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await api()('/v1/suppliers?q=traiteur', { headers: { origin: 'http://localhost:8787', 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300');
  });
}
