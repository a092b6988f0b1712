import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../sdk/src/types.js';
import type { AppEnv } from '../http/env.js';
import { fakeEngine, fakeGeography } from '../../test-support/fakes.test-support.js';
import { createApp } from '../app.js';
import { errorHandler } from '../errors.js';
import { keyGuard, requireAdmin } from './guard.js';
import { adminKey, SITE_ORIGIN, siteKey, storeOf } from './keys.test-support.js';
import { openKeyStore, type KeyStore } from './store.js';

const FEDERATION = 'pk_live_federation0000000000000';
const ADMIN = 'sk_admin0000000000000000000000000';
const NOW = Date.parse('2026-06-01T00:00:00Z');

async function keys(): Promise<KeyStore> {
  return storeOf(
    [
      await siteKey(FEDERATION, { scope: { networks: ['coorace'] } }),
      await siteKey('pk_live_revoked', { revoked: true }),
      await siteKey('pk_live_expired', { expiresAt: '2026-01-01T00:00:00Z' }),
      await siteKey('pk_live_anywhere', { origins: ['*'], anyOrigin: true }),
    ],
    [await adminKey(ADMIN)],
  );
}

async function setup(store?: KeyStore) {
  const engine = fakeEngine();
  const app = createApp({ engine, geography: fakeGeography(), keys: store ?? (await keys()), now: () => NOW });
  return { app, engine };
}

async function errorOf(res: Response): Promise<ErrorBody['error']> {
  return ((await res.json()) as ErrorBody).error;
}

describe('CORS', () => {
  it('answers a preflight for any origin, without credentials, listing only the headers it accepts', async () => {
    const { app } = await setup();
    const res = await app.request('/v1/suppliers', {
      method: 'OPTIONS',
      headers: { Origin: 'https://anywhere.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-api-key, cookie' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-api-key');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('serves the key’s own origin, echoing it and varying on Origin and the key', async () => {
    const { app } = await setup();
    const res = await app.request('/v1/suppliers', { headers: { Origin: SITE_ORIGIN, 'x-api-key': FEDERATION } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin.*x-api-key/);
    expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('refuses another origin with 403 forbidden, readable by the page', async () => {
    const { app, engine } = await setup();
    const res = await app.request('/v1/suppliers', { headers: { Origin: 'https://evil.example', 'x-api-key': FEDERATION } });
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatchObject({ code: 'forbidden', details: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(engine.queries).toHaveLength(0);
  });

  it('refuses a cross-site request that hides its origin (no-cors)', async () => {
    const { app } = await setup();
    const res = await app.request(`/v1/suppliers?key=${FEDERATION}`, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(403);
  });

  it('lets a key marked for any origin be used anywhere', async () => {
    const { app } = await setup();
    const res = await app.request('/v1/suppliers', { headers: { Origin: 'https://a.example', 'x-api-key': 'pk_live_anywhere' } });
    expect(res.status).toBe(200);
  });
});

describe('site keys', () => {
  it('ANDs the key’s scope into the search, and the request cannot lift it', async () => {
    const { app, engine } = await setup();
    await app.request('/v1/suppliers?network=unapei', { headers: { 'x-api-key': FEDERATION } });
    expect(engine.queries[0]!.filter).toEqual({
      op: 'and',
      filters: [
        { op: 'in', field: 'network', values: ['coorace'] },
        { op: 'in', field: 'network', values: ['unapei'] },
      ],
    });
  });

  it('reads the key from the key query parameter and hides it from the routes', async () => {
    const { app, engine } = await setup();
    const res = await app.request(`/v1/suppliers?q=x&key=${FEDERATION}`);
    expect(res.status).toBe(200);
    expect(engine.queries[0]!.filter).toEqual({ op: 'in', field: 'network', values: ['coorace'] });
  });

  it.each([
    ['no key when keys are required', {}, 'A key is required'],
    ['an unknown key', { 'x-api-key': 'pk_live_nope' }, 'Unknown key'],
    ['a revoked key', { 'x-api-key': 'pk_live_revoked' }, 'revoked'],
    ['an expired key', { 'x-api-key': 'pk_live_expired' }, 'expired'],
    ['two different keys', { 'x-api-key': FEDERATION, 'x-typesense-api-key': 'pk_live_anywhere' }, 'Several'],
  ])('refuses %s with 401 unauthorized', async (_, headers, message) => {
    const { app } = await setup();
    const res = await app.request('/v1/suppliers', { headers });
    expect(res.status).toBe(401);
    const error = await errorOf(res);
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain(message);
  });

  it('keeps health open when keys are required', async () => {
    const { app } = await setup();
    expect((await app.request('/healthz')).status).toBe(200);
  });
});

describe('open mode', () => {
  it('serves requests without a key, unscoped', async () => {
    const { app, engine } = await setup(openKeyStore());
    expect((await app.request('/v1/suppliers')).status).toBe(200);
    expect(engine.queries[0]!.filter).toEqual({ op: 'and', filters: [] });
  });

  it('still refuses an unknown key, and holds a known one to its scope', async () => {
    const { app, engine } = await setup(openKeyStore([await siteKey(FEDERATION, { scope: { regions: ['53'] } })]));
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': 'pk_demo_nope' } })).status).toBe(401);
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': FEDERATION } })).status).toBe(200);
    expect(engine.queries[0]!.filter).toEqual({ op: 'in', field: 'region', values: ['53'] });
  });

  it('runs open without any key store, refusing every key', async () => {
    const engine = fakeEngine();
    const app = createApp({ engine, geography: fakeGeography() });
    expect((await app.request('/v1/suppliers')).status).toBe(200);
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': 'pk_live_x' } })).status).toBe(401);
  });
});

describe('admin keys', () => {
  async function adminApp() {
    const app = new Hono<AppEnv>();
    app.onError(errorHandler());
    app.use(keyGuard({ keys: await keys(), now: () => NOW }));
    return app.post('/admin/reindex', requireAdmin(), (c) => c.json({ ok: true }));
  }

  it('lets an admin key from a script through requireAdmin, by header or bearer', async () => {
    const app = await adminApp();
    expect((await app.request('/admin/reindex', { method: 'POST', headers: { Authorization: `Bearer ${ADMIN}` } })).status).toBe(200);
    expect((await app.request('/admin/reindex', { method: 'POST', headers: { 'x-api-key': ADMIN, 'sec-fetch-mode': 'cors' } })).status).toBe(200);
  });

  it.each([
    ['an Origin header', { Origin: 'https://admin.example' }],
    ['Sec-Fetch-Site, even same-origin', { 'Sec-Fetch-Site': 'same-origin' }],
  ])('refuses an admin key sent by a browser (%s) with 403', async (_, headers) => {
    const app = await adminApp();
    const res = await app.request('/admin/reindex', { method: 'POST', headers: { Authorization: `Bearer ${ADMIN}`, ...headers } });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toContain('browser');
  });

  it('refuses an admin key in the URL, a site key and no key', async () => {
    const app = await adminApp();
    expect((await app.request(`/admin/reindex?key=${ADMIN}`, { method: 'POST' })).status).toBe(401);
    expect((await app.request('/admin/reindex', { method: 'POST', headers: { 'x-api-key': FEDERATION } })).status).toBe(403);
    expect((await app.request('/admin/reindex', { method: 'POST' })).status).toBe(401);
    expect((await app.request('/admin/reindex', { method: 'POST', headers: { Authorization: 'Bearer sk_forged' } })).status).toBe(401);
  });
});
