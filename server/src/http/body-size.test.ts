import { describe, expect, it } from 'vitest';
import { fakeEngine, fakeGeography } from '../../test-support/fakes.test-support.js';
import { createApp } from '../app.js';
import { adminKey, storeOf } from '../keys/keys.test-support.js';

const ADMIN = 'sk_bodysize000000000000000000000';

async function setup() {
  const app = createApp({
    engine: fakeEngine(),
    geography: fakeGeography(),
    keys: storeOf([], [await adminKey(ADMIN)], true),
    bodySize: { maxBytes: 100, maxAdminBytes: 1000 },
  });
  return app;
}

describe('body size', () => {
  it('answers 413 payload_too_large naming the limit, with or without Content-Length', async () => {
    const app = await setup();
    const sized = await app.request('/v1/suppliers', { method: 'POST', body: 'x'.repeat(101) });
    expect(sized.status).toBe(413);
    expect(await sized.json()).toMatchObject({ error: { code: 'payload_too_large', details: { limit: 100 } } });
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(101)));
        controller.close();
      },
    });
    const chunked = await app.request('/v1/suppliers', { method: 'POST', body: streamed, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('lets a verified admin key send more, up to its own limit', async () => {
    const app = await setup();
    const post = (bytes: number) => app.request('/v1/suppliers', { method: 'POST', body: 'x'.repeat(bytes), headers: { Authorization: `Bearer ${ADMIN}` } });
    // Past the size check, POST on a GET route is 405: the body was let through.
    expect((await post(500)).status).toBe(405);
    expect((await post(1001)).status).toBe(413);
  });
});
