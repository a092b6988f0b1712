import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../sdk/src/types.js';
import { fakeEngine, fakeGeography } from '../test-support/fakes.test-support.js';
import { createApp } from './app.js';
import { ApiException, errorHandler, notFound } from './errors.js';

function app() {
  return createApp({ engine: fakeEngine(), geography: fakeGeography(), generateRequestId: () => 'generated-id' });
}

describe('errors', () => {
  it('answers an unknown path with a 404 not_found JSON body', async () => {
    const res = await app().request('/v2/anything');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'No route for GET /v2/anything.' },
      requestId: 'generated-id',
    });
  });

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const res = await app().request('/v1/suppliers', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(((await res.json()) as ErrorBody).error.code).toBe('method_not_allowed');
  });

  it('maps an HTTPException thrown by middleware to its code, with a generic message', async () => {
    const bare = new Hono();
    bare.onError(errorHandler());
    bare.get('/big', () => {
      throw new HTTPException(413, { message: 'body of 9 MB from 10.1.2.3' });
    });
    const res = await bare.request('/big');
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: 'payload_too_large', message: 'The request body is too large.' },
      requestId: '',
    });
  });

  it('carries an ApiException’s code, message and details as they are', async () => {
    const bare = new Hono();
    bare.onError(errorHandler());
    bare.notFound(notFound);
    bare.get('/limited', () => {
      throw new ApiException(429, 'rate_limited', 'Slow down.', { retryAfter: 3 });
    });
    const res = await bare.request('/limited');
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: { code: 'rate_limited', message: 'Slow down.', details: { retryAfter: 3 } } });
  });
});

describe('request ids and security headers', () => {
  it('echoes a sane incoming x-request-id, in the header and in error bodies', async () => {
    const res = await app().request('/nowhere', { headers: { 'x-request-id': 'abc-123.def' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123.def');
    expect(((await res.json()) as ErrorBody).requestId).toBe('abc-123.def');
  });

  it('replaces an incoming id that could forge log lines or is too long', async () => {
    for (const incoming of ['evil\tline', 'x'.repeat(129), 'a b']) {
      const res = await app().request('/healthz', { headers: { 'x-request-id': incoming } });
      expect(res.headers.get('x-request-id')).toBe('generated-id');
    }
  });

  it('sets nosniff, a referrer policy and a restrictive CSP on JSON answers', async () => {
    for (const path of ['/v1/taxonomy', '/nowhere']) {
      const res = await app().request(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    }
  });
});
