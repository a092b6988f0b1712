import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { createRecorder, type InsightCount } from '../../insights/recorder.js';
import { siteKey, storeOf } from '../../keys/keys.test-support.js';
import type { Queryable } from '../../storage/database.js';
import { fakeEngine, fakeGeography, SUPPLIER } from '../../../test-support/fakes.test-support.js';

async function setup() {
  const written: InsightCount[] = [];
  const recorder = createRecorder({ sink: async (counts) => void written.push(...counts), now: () => Date.parse('2026-12-03T10:00:00Z') });
  const keys = storeOf([await siteKey('pk_test_site', { name: 'site', anyOrigin: true, origins: ['*'] })], [], true);
  const db = {} as Queryable;
  const app = createApp({ engine: fakeEngine(), geography: fakeGeography(), keys, insights: { db, recorder } });
  const post = (body: string, key = 'pk_test_site') =>
    app.request('/v1/events', { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, body });
  return { post, recorder, written };
}

describe('POST /v1/events', () => {
  it('counts a contact per site key and channel, and keeps no supplier id', async () => {
    const { post, recorder, written } = await setup();
    const response = await post(JSON.stringify({ type: 'contact', supplierId: SUPPLIER.id, channel: 'phone' }));
    expect([response.status, await response.json()]).toEqual([202, { recorded: true }]);
    await recorder.flush();
    expect(written.map(({ siteKey, metric, value, count }) => [siteKey, metric, value, count])).toEqual([
      ['site', 'contacts', '', 1],
      ['site', 'contacts', 'phone', 1],
    ]);
  });

  it('accepts a contact without a key in open mode but counts it for no one', async () => {
    const { post, recorder, written } = await setup();
    const response = await post(JSON.stringify({ type: 'contact', supplierId: SUPPLIER.id, channel: 'email' }), '');
    expect([response.status, await response.json()]).toEqual([202, { recorded: false }]);
    await recorder.flush();
    expect(written).toEqual([]);
  });

  it.each([
    ['not json', 400, 'invalid_body', undefined],
    [JSON.stringify({ type: 'contact', supplierId: SUPPLIER.id, channel: 'fax' }), 400, 'invalid_body', 'channel'],
    [JSON.stringify({ type: 'click', supplierId: SUPPLIER.id, channel: 'email' }), 400, 'invalid_body', 'type'],
    [JSON.stringify({ type: 'contact', supplierId: SUPPLIER.id, channel: 'email', email: 'a@b.fr' }), 400, 'invalid_body', 'email'],
    [JSON.stringify({ type: 'contact', supplierId: 'unknown', channel: 'email' }), 404, 'not_found', 'supplierId'],
  ])('refuses %s, counting nothing', async (body, status, code, parameter) => {
    const { post, recorder, written } = await setup();
    const response = await post(body);
    const error = ((await response.json()) as ErrorBody).error;
    expect([response.status, error.code, error.details?.parameter]).toEqual([status, code, parameter]);
    await recorder.flush();
    expect(written).toEqual([]);
  });
});
