import { describe, expect, it } from 'vitest';
import type { ErrorBody, PlacesResponse } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';

describe('GET /v1/places', () => {
  it('finds places, 10 at most unless told', async () => {
    const geography = fakeGeography();
    const app = createApp({ engine: fakeEngine(), geography });
    const body = (await (await app.request('/v1/places?q=rennes')).json()) as PlacesResponse;
    expect(body.places.map((place) => place.id)).toEqual(['commune:35238']);
    await app.request('/v1/places?q=35&limit=20');
    expect(geography.searches).toEqual([['rennes', 10], ['35', 20]]);
  });

  it('refuses a missing q and a limit outside 1..20', async () => {
    const app = createApp({ engine: fakeEngine(), geography: fakeGeography() });
    for (const [query, parameter] of [['', 'q'], ['?q=a&limit=21', 'limit'], ['?q=a&limit=0', 'limit'], ['?q=a&type=commune', 'type']]) {
      const res = await app.request(`/v1/places${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.details?.parameter).toBe(parameter);
    }
  });

  it('may be cached for an hour', async () => {
    const app = createApp({ engine: fakeEngine(), geography: fakeGeography() });
    expect((await app.request('/v1/places?q=rennes')).headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
