import { describe, expect, it } from 'vitest';
import { fakeEngine, fakeGeography } from '../../test-support/fakes.test-support.js';
import { createApp } from '../app.js';
import { DEMO_FEDERATION_KEY, DEMO_PORTAL_KEY, demoKeys } from './demo.js';
import { openKeyStore } from './store.js';

describe('demo keys', () => {
  it('scope the demo pages on an open server: the federation to Coorace, the portal to Bretagne', async () => {
    const engine = fakeEngine();
    const app = createApp({ engine, geography: fakeGeography(), keys: openKeyStore(await demoKeys()) });
    const origin = 'http://localhost:8787';
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': DEMO_FEDERATION_KEY, origin } })).status).toBe(200);
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': DEMO_PORTAL_KEY, origin } })).status).toBe(200);
    expect(engine.queries.map((query) => query.filter)).toEqual([
      { op: 'in', field: 'network', values: ['coorace'] },
      { op: 'in', field: 'region', values: ['53'] },
    ]);
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': DEMO_FEDERATION_KEY, origin: 'https://elsewhere.example' } })).status).toBe(403);
  });
});
