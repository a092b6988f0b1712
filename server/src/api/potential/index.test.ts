import { describe, expect, it } from 'vitest';
import type { ErrorBody, PotentialResponse } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { siteKey, storeOf } from '../../keys/keys.test-support.js';
import { fakeEngine, fakeGeography, RENNES, SUPPLIER } from '../../../test-support/fakes.test-support.js';

function setup() {
  const engine = fakeEngine();
  engine.result = { found: 1, hits: [{ supplier: SUPPLIER, distanceKm: 0, highlights: [] }], facets: { kind: [{ value: 'ACI', count: 1 }] } };
  return { engine, app: createApp({ engine, geography: fakeGeography() }) };
}

async function errorOf(response: Response): Promise<[number, ErrorBody['error']]> {
  return [response.status, ((await response.json()) as ErrorBody).error];
}

describe('GET /v1/potential', () => {
  it('asks the engine for the sector at the place (same activity), kinds counted, nearest five by distance', async () => {
    const { app, engine } = setup();
    const response = await app.request('/v1/potential?sector=nettoyage-de-locaux-16&serves=commune:35238');
    expect(response.status).toBe(200);
    const body = (await response.json()) as PotentialResponse;
    expect(body).toMatchObject({
      place: { id: 'commune:35238', name: 'Rennes' },
      sectors: [{ slug: 'nettoyage-de-locaux-16', label: { fr: expect.any(String), en: expect.any(String) } }],
      sectorGroups: [],
      found: 1,
      byKind: [{ value: 'ACI', count: 1 }],
      byFamily: { insertion: 1, handicap: 0 },
      reservedLots: 1,
      withContact: 0,
    });
    expect(body.nearest.map((hit) => hit.supplier.id)).toEqual([SUPPLIER.id]);
    const [counting] = engine.queries;
    expect(counting).toMatchObject({
      filter: { op: 'activity', condition: { sectors: ['nettoyage-de-locaux-16'], serves: [RENNES] } },
      sort: 'distance',
      perPage: 5,
    });
    expect(counting!.facets.map((facet) => facet.name)).toEqual(['kind']);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=60/);
  });

  it('ANDs a site key’s scope into every query it makes', async () => {
    const engine = fakeEngine();
    const keys = storeOf([await siteKey('pk_test_federation', { scope: { networks: ['coorace'] }, anyOrigin: true, origins: ['*'] })]);
    const app = createApp({ engine, geography: fakeGeography(), keys });
    const response = await app.request('/v1/potential?sectorGroup=hygiene-et-proprete-64&serves=commune:35238', {
      headers: { 'x-api-key': 'pk_test_federation' },
    });
    expect(response.status).toBe(200);
    expect(engine.queries.length).toBeGreaterThanOrEqual(2);
    for (const query of engine.queries) {
      expect(query.filter).toMatchObject({ op: 'and', filters: [{ op: 'in', field: 'network', values: ['coorace'] }, { op: 'activity' }] });
    }
  });

  it.each([
    ['serves=commune:35238', 'sector', 'invalid_parameter'],
    ['sector=nettoyage-de-locaux-16', 'serves', 'invalid_parameter'],
    ['sector=nettoyage-de-locaux-16&serves=commune:35238&serves=department:35', 'serves', 'invalid_parameter'],
    ['sector=nettoyage-de-locaux-16&serves=commune:99999', 'serves', 'invalid_parameter'],
    ['sector=nettoyage-de-locaux-16&serves=Rennes', 'serves', 'invalid_parameter'],
    ['sector=plomberie-imaginaire&serves=commune:35238', 'sector', 'invalid_parameter'],
    ['sector=nettoyage-de-locaux-16&serves=commune:35238&kind=EI', 'kind', 'unknown_parameter'],
  ])('refuses %s with a 400 naming %s', async (query, parameter, code) => {
    const { app, engine } = setup();
    const [status, error] = await errorOf(await app.request(`/v1/potential?${query}`));
    expect({ status, code: error.code, parameter: error.details?.parameter }).toEqual({ status: 400, code, parameter });
    expect(engine.queries).toEqual([]);
  });
});
