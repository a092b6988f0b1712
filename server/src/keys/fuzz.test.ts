/**
 * Every route under random and malformed input: methods, paths, query strings with
 * known and unknown parameters, broken percent-encoding, keys, origins and bodies.
 * Never a 5xx; every 4xx a JSON error body with a code.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../sdk/src/types.js';
import { createApp, type App } from '../app.js';
import { generateDemoSuppliers } from '../demo-data/generate.js';
import { getGeography } from '../domain/geography.js';
import { isSector, sectorGroupOf } from '../domain/taxonomy.js';
import { createEmbeddedEngine } from '../engine/embedded/engine.js';
import { createTextIndex } from '../engine/embedded/text.js';
import { siteKey, SITE_ORIGIN, storeOf } from './keys.test-support.js';

const KEY = 'pk_live_fuzz';
const ROUTES = ['/v1/suppliers', '/v1/suppliers/', '/v1/suggest', '/v1/places', '/v1/taxonomy', '/healthz', '/openapi.json', '/docs', '/typesense/multi_search', '/v1/admin'];
const PARAMETERS = ['q', 'kind', 'family', 'presta', 'sector', 'sectorGroup', 'network', 'label', 'serves', 'location', 'near', 'radiusKm', 'socialClause', 'sort', 'page', 'perPage', 'facets', 'limit', 'key', 'filter_by', 'x-typesense-api-key'];
const NASTY = ['', ',', ',,,,', '%', '%E0%A4%A', '%ZZ', '%00', '-1', '1e309', 'NaN', '99999999999', '0x10', '48.1,-1.6', 'commune:35238', 'department:2A', 'region:53', 'EI', 'true', '`) || (x:=', '../../etc/passwd', '<script>', 'a'.repeat(5000), 'EI,'.repeat(60)];

let app: App;

interface TypesenseError {
  message: string;
}

beforeAll(async () => {
  const suppliers = generateDemoSuppliers({ seed: 3, count: 400 });
  const engine = createEmbeddedEngine({ suppliers, textIndex: createTextIndex(), groupOf: (sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined) });
  const keys = storeOf([await siteKey(KEY, { scope: { regions: ['53'] } })], [], true);
  app = createApp({ engine, geography: getGeography(), keys, rateLimit: { anonymous: { perMinute: 1e6, burst: 1e6 }, siteKeyDefault: { perMinute: 1e6, burst: 1e6 } } });
});

/** Printable ASCII only, so that the URL itself stays one a client could send. */
const printable = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 30 });
const value = fc.oneof(fc.constantFrom(...NASTY), printable, fc.string({ maxLength: 30 }).map(encodeURIComponent));
const pair = fc.tuple(fc.oneof(fc.constantFrom(...PARAMETERS), printable), value);

const requestArbitrary = fc.record({
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
  path: fc.oneof(fc.constantFrom(...ROUTES), fc.tuple(fc.constantFrom(...ROUTES), value).map(([route, tail]) => `${route}/${tail}`)),
  // Raw `name=value` pairs, not URLSearchParams: broken escapes must reach the app as sent.
  query: fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.map(([name, v]) => `${name}=${v}`).join('&')),
  key: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constant(KEY) },
    { weight: 1, arbitrary: fc.oneof(fc.constant('sk_forged'), printable) },
  ),
  origin: fc.option(fc.constantFrom(SITE_ORIGIN, 'https://evil.example', 'null')),
  body: fc.option(fc.oneof(fc.json(), printable)),
});

describe('every route under random input', () => {
  it('never answers 5xx, and every 4xx is a JSON error with a code', async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async ({ method, path, query, key, origin, body }) => {
        const headers: Record<string, string> = {};
        if (key !== null) headers['x-api-key'] = key;
        if (origin !== null) headers.origin = origin;
        const sendsBody = body !== null && !['GET', 'HEAD'].includes(method);
        const res = await app.request(`${path}?${query}`, { method, headers, body: sendsBody ? body : undefined });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400 && method !== 'HEAD') {
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
          const body = (await res.json()) as ErrorBody | TypesenseError;
          expect(JSON.stringify(body)).not.toMatch(/\bat .+\(.*:\d+:\d+\)/);
          // The gateway answers its own errors as Typesense does; everything else is the API's ErrorBody.
          if ('message' in body) {
            expect(path.startsWith('/typesense/')).toBe(true);
            expect(typeof body.message).toBe('string');
          } else {
            expect(body.error.code).toMatch(/^[a-z_]+$/);
            expect(typeof body.error.message).toBe('string');
          }
        }
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('refuses an over-long list parameter with limit_exceeded, naming it', async () => {
    const res = await app.request(`/v1/suppliers?sector=${'a'.repeat(4001)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'limit_exceeded', details: { parameter: 'sector' } });
  });
});
