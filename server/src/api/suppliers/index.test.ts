import { describe, expect, it } from 'vitest';
import type { ErrorBody, SearchResponse, Supplier } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { fakeEngine, fakeGeography, RENNES, SUPPLIER } from '../../../test-support/fakes.test-support.js';

function setup() {
  const engine = fakeEngine();
  const app = createApp({ engine, geography: fakeGeography() });
  return { engine, app };
}

describe('GET /v1/suppliers', () => {
  it('plans the request for the engine and answers a SearchResponse', async () => {
    const { app, engine } = setup();
    const res = await app.request('/v1/suppliers?q=nettoyage&serves=commune:35238&facets=kind,sector');
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(body).toEqual({ found: 1, page: 1, perPage: 20, pages: 1, hits: engine.result.hits, facets: {} });
    const [query] = engine.queries;
    expect(query).toMatchObject({
      text: 'nettoyage',
      filter: { op: 'activity', condition: { serves: [RENNES] } },
      origin: { point: RENNES.point, communeCode: '35238' },
      sort: 'distance',
    });
    expect(query!.facets.map((facet) => facet.name)).toEqual(['kind', 'sector']);
  });

  it('reads repeated and comma-separated values alike', async () => {
    const { app, engine } = setup();
    await app.request('/v1/suppliers?kind=EI,ACI&kind=ESAT&socialClause=1&perPage=5&page=3');
    const [query] = engine.queries;
    expect(query!.filter).toMatchObject({ op: 'and', filters: [{ op: 'in', field: 'kind', values: ['EI', 'ACI', 'ESAT'] }, { op: 'in', field: 'kind' }] });
    expect(query).toMatchObject({ page: 3, perPage: 5 });
  });

  it('defaults near’s radius to 20 km', async () => {
    const { app, engine } = setup();
    await app.request('/v1/suppliers?near=48.11,-1.68&sort=distance');
    expect(engine.queries[0]).toMatchObject({ filter: { op: 'near', radiusKm: 20 }, sort: 'distance' });
  });

  it('counts only the pages that can be asked for', async () => {
    const { app, engine } = setup();
    engine.result = { ...engine.result, found: 25_000 };
    const body = (await (await app.request('/v1/suppliers?perPage=100')).json()) as SearchResponse;
    expect(body.pages).toBe(100);
  });

  it('reports plan and engine durations in Server-Timing', async () => {
    const { app } = setup();
    const res = await app.request('/v1/suppliers?q=traiteur');
    expect(res.headers.get('server-timing')).toMatch(/^plan;dur=\d+\.\d\d, engine;dur=\d+\.\d\d$/);
  });

  it('sends a weak ETag and answers 304 to a matching If-None-Match', async () => {
    const { app } = setup();
    const first = await app.request('/v1/suppliers?q=traiteur');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"[0-9a-f]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300');
    const again = await app.request('/v1/suppliers?q=traiteur', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300');
    expect(again.headers.get('x-request-id')).toBeTruthy();
  });

  it('changes the ETag when the answer changes, so a stale If-None-Match gets the new body', async () => {
    const { app, engine } = setup();
    const tag = (await app.request('/v1/suppliers?q=traiteur')).headers.get('etag')!;
    engine.result = { ...engine.result, found: engine.result.found + 1 };
    const again = await app.request('/v1/suppliers?q=traiteur', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).not.toBe(tag);
    expect(((await again.json()) as SearchResponse).found).toBe(engine.result.found);
  });

  const LONG = 'a'.repeat(201);
  const MANY = Array.from({ length: 51 }, () => 'EI').join(',');
  it.each([
    ['an unknown parameter', 'color=red', 'unknown_parameter', 'color'],
    ['an unknown kind', 'kind=EI,XYZ', 'invalid_parameter', 'kind'],
    ['an unknown sector', 'sector=plomberie,macramé', 'invalid_parameter', 'sector'],
    ['an unknown facet', 'facets=colour', 'invalid_parameter', 'facets'],
    ['an unknown family', 'family=other', 'invalid_parameter', 'family'],
    ['a malformed place id', 'serves=35238', 'invalid_parameter', 'serves'],
    ['a place that does not exist', 'location=commune:99999', 'invalid_parameter', 'location'],
    ['a number that is not one', 'page=two', 'invalid_parameter', 'page'],
    ['a page below 1', 'page=0', 'invalid_parameter', 'page'],
    ['a parameter given twice', 'page=1&page=2', 'invalid_parameter', 'page'],
    ['text over 200 characters', `q=${LONG}`, 'limit_exceeded', 'q'],
    ['more than 50 values', `kind=${MANY}`, 'limit_exceeded', 'kind'],
    ['perPage over 100', 'perPage=101', 'invalid_parameter', 'perPage'],
    ['a page past result 10,000', 'page=101&perPage=100', 'limit_exceeded', 'page'],
    ['sort=distance without a point', 'sort=distance&serves=department:35', 'invalid_parameter', 'sort'],
    ['an unknown sort', 'sort=random', 'invalid_parameter', 'sort'],
    ['near that is not lat,lng', 'near=48.1', 'invalid_parameter', 'near'],
    ['near off the globe', 'near=95,2', 'invalid_parameter', 'near'],
    ['radiusKm without near', 'radiusKm=5', 'invalid_parameter', 'radiusKm'],
    ['radiusKm over 500', 'near=48,2&radiusKm=501', 'invalid_parameter', 'radiusKm'],
    ['socialClause not a boolean', 'socialClause=yes', 'invalid_parameter', 'socialClause'],
  ])('refuses %s with 400, its code and the parameter named', async (_, query, code, parameter) => {
    const { app, engine } = setup();
    const res = await app.request(`/v1/suppliers?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.details?.parameter).toBe(parameter);
    expect(body.error.message).toContain(parameter);
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
    expect(res.headers.get('cache-control')).toBeNull();
    expect(engine.queries).toHaveLength(0);
  });

  it('names the bad taxonomy value', async () => {
    const { app } = setup();
    const body = (await (await app.request('/v1/suppliers?kind=EI,XYZ')).json()) as ErrorBody;
    expect(body.error.details).toEqual({ parameter: 'kind', value: 'XYZ' });
    expect(body.error.message).toContain('"XYZ"');
  });

  it('answers 500 internal without the engine’s words, and reports the error', async () => {
    const engine = fakeEngine();
    const reported: unknown[] = [];
    const app = createApp({ engine, geography: fakeGeography(), onInternalError: (error) => reported.push(error) });
    engine.failure = new Error('ECONNREFUSED 10.0.0.7:8108 filter_by=kind:=[EI]');
    const res = await app.request('/v1/suppliers?q=x');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/ECONNREFUSED|filter_by|10\.0\.0\.7/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal', message: 'Internal error.' } });
    expect(reported).toEqual([engine.failure]);
  });
});

describe('GET /v1/suppliers/:id', () => {
  it('finds a supplier by id, and by SIRET however spaced', async () => {
    const { app, engine } = setup();
    const byId = await app.request('/v1/suppliers/sup-1');
    expect(byId.status).toBe(200);
    expect(((await byId.json()) as Supplier).siret).toBe(SUPPLIER.siret);
    const bySiret = await app.request('/v1/suppliers/123%20456%20789%2000012');
    expect(bySiret.status).toBe(200);
    expect(engine.gets).toEqual(['sup-1', '12345678900012']);
  });

  it('answers 404 not_found for an unknown supplier', async () => {
    const { app } = setup();
    const res = await app.request('/v1/suppliers/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found', details: { parameter: 'id' } } });
  });
});
