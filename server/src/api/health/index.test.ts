import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';

describe('GET /healthz', () => {
  it('reports the engine and its searchable suppliers, never cached', async () => {
    const res = await createApp({ engine: fakeEngine(), geography: fakeGeography() }).request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', engine: 'fake', suppliers: 1 });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 unavailable when the engine does not answer', async () => {
    const engine = fakeEngine();
    engine.failure = new Error('connect ECONNREFUSED');
    const res = await createApp({ engine, geography: fakeGeography() }).request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: 'unavailable', message: 'The search engine does not answer.' } });
  });
});
