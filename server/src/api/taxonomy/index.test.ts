import { describe, expect, it } from 'vitest';
import type { ErrorBody, Taxonomy } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';

describe('GET /v1/taxonomy', () => {
  const app = createApp({ engine: fakeEngine(), geography: fakeGeography() });

  it('serves the taxonomy, cacheable for a day', async () => {
    const res = await app.request('/v1/taxonomy');
    const body = (await res.json()) as Taxonomy;
    expect(body.kinds).toHaveLength(10);
    expect(body.sectorGroups.flatMap((group) => group.sectors)).toHaveLength(154);
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('answers 304 to its own ETag', async () => {
    const tag = (await app.request('/v1/taxonomy')).headers.get('etag')!;
    const res = await app.request('/v1/taxonomy', { headers: { 'If-None-Match': tag } });
    expect(res.status).toBe(304);
  });

  it('refuses parameters', async () => {
    const res = await app.request('/v1/taxonomy?lang=en');
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'unknown_parameter', details: { parameter: 'lang' } });
  });
});
