/**
 * What a shared cache (a CDN in front of the API) may keep: an answer must never reach a
 * caller who sent another key, or none. Every way of sending a key is named in Vary, and
 * an admin's unscoped answers are never stored by anyone.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { adminKey, siteKey, storeOf } from '../keys/keys.test-support.js';
import { fakeEngine, fakeGeography } from '../../test-support/fakes.test-support.js';

const SITE = 'pk_live_federation_cache_test00';
const ADMIN = 'sk_admin_cache_test_000000000000';
/** Every header a key may come in (keys/guard.ts's resolveKey). */
const KEY_HEADERS = ['x-api-key', 'x-typesense-api-key', 'authorization'];
const CACHED_ROUTES = ['/v1/suppliers?q=nettoyage', '/v1/suggest?q=net', '/v1/places?q=rennes', '/v1/taxonomy'];

async function setup(open = false) {
  const keys = storeOf([await siteKey(SITE, { anyOrigin: true, origins: ['*'], scope: { networks: ['coorace'] } })], [await adminKey(ADMIN)], open);
  return createApp({ engine: fakeEngine(), geography: fakeGeography(), keys });
}

const varyOf = (res: Response) => (res.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());

describe('answers under a shared cache', () => {
  it('name every key header in Vary, whichever way the key came', async () => {
    const app = await setup();
    const ways: Record<string, string>[] = [{ 'x-api-key': SITE }, { 'x-typesense-api-key': SITE }, { Authorization: `Bearer ${SITE}` }];
    for (const headers of ways) {
      for (const route of CACHED_ROUTES) {
        const res = await app.request(route, { headers });
        expect(res.status, route).toBe(200);
        expect(varyOf(res), `${route} with ${Object.keys(headers)[0]}`).toEqual(expect.arrayContaining(['origin', ...KEY_HEADERS]));
      }
    }
  });

  it('keep anonymous answers public for CDNs, varying on the key headers so a keyed caller never gets them', async () => {
    const app = await setup(true);
    const res = await app.request('/v1/suppliers?q=nettoyage');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300');
    expect(varyOf(res)).toEqual(expect.arrayContaining(KEY_HEADERS));
  });

  it('never let anyone store an admin key’s unscoped answers', async () => {
    const app = await setup();
    for (const route of CACHED_ROUTES) {
      const res = await app.request(route, { headers: { Authorization: `Bearer ${ADMIN}` } });
      expect(res.status, route).toBe(200);
      const cacheControl = res.headers.get('cache-control') ?? '';
      expect(cacheControl, route).toBe('private, no-store');
    }
  });
});
