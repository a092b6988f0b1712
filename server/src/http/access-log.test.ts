import { describe, expect, it } from 'vitest';
import { fakeEngine, fakeGeography } from '../../test-support/fakes.test-support.js';
import { createApp } from '../app.js';
import type { AccessLogEntry } from './access-log.js';
import { siteKey, storeOf } from '../keys/keys.test-support.js';

const KEY = 'pk_live_logged0000000000000000000';

describe('access log', () => {
  it('writes one entry per request, with the key’s prefix and never the key or the query string', async () => {
    const entries: AccessLogEntry[] = [];
    const app = createApp({
      engine: fakeEngine(),
      geography: fakeGeography(),
      logger: (entry) => entries.push(entry),
      keys: storeOf([await siteKey(KEY)], [], true),
    });
    await app.request(`/v1/suppliers?q=x&key=${KEY}`, { headers: { 'x-request-id': 'req-1' } });
    await app.request('/v1/suppliers/nope');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ level: 'info', requestId: 'req-1', method: 'GET', path: '/v1/suppliers', status: 200, key: 'pk_live_logged' });
    expect(entries[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(entries[1]).toMatchObject({ path: '/v1/suppliers/nope', status: 404 });
    expect(entries[1]).not.toHaveProperty('key');
    expect(JSON.stringify(entries)).not.toContain(KEY);
  });
});
