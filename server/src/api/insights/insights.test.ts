/**
 * Insights over the real app, embedded engine and PGlite: a seeded run of searches,
 * pages, sheets, contacts and needs by two site keys; what the admin reads back equals
 * what was done, key by key, and nothing in the database identifies anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, InsightsReport, SearchResponse, Supplier } from '../../../../sdk/src/types.js';
import { createApp, type App } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { Random } from '../../demo-data/random.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import { seedNeed } from '../../insights/insights.test-support.js';
import { normalizeQueryText } from '../../insights/normalize.js';
import { createRecorder, type InsightsRecorder } from '../../insights/recorder.js';
import { addCounts } from '../../insights/store.js';
import { adminKey, siteKey, storeOf } from '../../keys/keys.test-support.js';
import type { Database } from '../../storage/database.js';
import { migrate } from '../../storage/migrate.js';
import { openPglite } from '../../storage/pglite.js';

const ADMIN = 'sk_test_admin_insights';
const KEYS = { pk_test_coorace: { networks: ['coorace' as const] }, pk_test_bretagne: { regions: ['53'] } };
type KeyText = keyof typeof KEYS;
const NOW = Date.parse('2026-12-03T10:00:00Z');
const TEXTS = ['traiteur', 'Nettoyage de locaux', 'plombier zinguerie', 'blanchisserie', 'écrire à jean.dupont@example.org', 'appeler 06 12 34 56 78', 'xyzzy introuvable', ''];
const PLACES = ['commune:35238', 'department:35', 'region:53', 'commune:69123', 'commune:13055'];
const SECTORS = ['nettoyage-de-locaux-16', 'traiteur', 'creation-et-entretien-des-espaces-verts'];

let db: Database;
let recorder: InsightsRecorder;
let app: App;
const suppliers = generateDemoSuppliers({ seed: 5, count: 600 });

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  recorder = createRecorder({ sink: (counts) => addCounts(db, counts), now: () => NOW });
  const keys = storeOf(
    await Promise.all(Object.entries(KEYS).map(([text, scope]) => siteKey(text, { name: text.replace('pk_test_', ''), scope, anyOrigin: true, origins: ['*'] }))),
    [await adminKey(ADMIN, { name: 'insights-admin' })],
  );
  const unlimited = { perMinute: 1e6, burst: 1e6 };
  app = createApp({
    engine: createDefaultEngine(suppliers),
    geography: getGeography(),
    keys,
    now: () => NOW,
    rateLimit: { anonymous: unlimited, siteKeyDefault: unlimited },
    insights: { db, recorder },
  });
}, 60_000);

afterAll(async () => {
  await recorder.close();
  await db.close();
});

interface Expected {
  searches: number;
  zeroResults: number;
  sheets: number;
  contacts: number;
  queries: Map<string, number>;
  channels: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort());
const asMap = (values: { value: string; count: number }[]) => Object.fromEntries(values.map(({ value, count }) => [value, count]).sort());

async function report(key: string, query = ''): Promise<InsightsReport> {
  const response = await app.request(`/v1/insights?keyName=${key}${query}`, { headers: { authorization: `Bearer ${ADMIN}` } });
  expect(response.status).toBe(200);
  return response.json();
}

describe('insights of a seeded run', () => {
  const expected: Record<KeyText, Expected> = {
    pk_test_coorace: { searches: 0, zeroResults: 0, sheets: 0, contacts: 0, queries: new Map(), channels: new Map() },
    pk_test_bretagne: { searches: 0, zeroResults: 0, sheets: 0, contacts: 0, queries: new Map(), channels: new Map() },
  };

  beforeAll(async () => {
    const random = new Random(18);
    const seen: Record<KeyText, Supplier[]> = { pk_test_coorace: [], pk_test_bretagne: [] };
    for (let n = 0; n < 160; n++) {
      const key = random.pick(Object.keys(KEYS) as KeyText[]);
      const headers = { 'x-api-key': key, 'content-type': 'application/json' };
      const counts = expected[key];
      const action = random.pick(['search', 'search', 'search', 'page', 'sheet', 'contact', 'bad'] as const);
      if (action === 'search' || action === 'page') {
        const params = new URLSearchParams();
        const text = random.pick(TEXTS);
        if (text) params.set('q', text);
        if (random.chance(0.5)) params.set('serves', random.pick(PLACES));
        if (random.chance(0.4)) params.set('sector', random.pick(SECTORS));
        if (action === 'page') params.set('page', '2');
        const response = await app.request(`/v1/suppliers?${params}`, { headers });
        expect(response.status, await response.clone().text()).toBe(200);
        const body = (await response.json()) as SearchResponse;
        seen[key].push(...body.hits.map((hit) => hit.supplier));
        if (action === 'page') continue;
        counts.searches++;
        if (body.found === 0) counts.zeroResults++;
        if (text) bump(counts.queries, normalizeQueryText(text));
      } else if (action === 'sheet' && seen[key].length) {
        const response = await app.request(`/v1/suppliers/${random.pick(seen[key]).id}`, { headers });
        expect(response.status).toBe(200);
        counts.sheets++;
      } else if (action === 'contact' && seen[key].length) {
        const channel = random.pick(['email', 'phone', 'website']);
        const body = JSON.stringify({ type: 'contact', supplierId: random.pick(seen[key]).id, channel });
        const response = await app.request('/v1/events', { method: 'POST', headers, body });
        expect(response.status).toBe(202);
        counts.contacts++;
        bump(counts.channels, channel);
      } else if (action === 'bad') {
        // Refused requests count for nothing: a bad parameter, an unknown supplier.
        expect((await app.request('/v1/suppliers?kind=NOPE', { headers })).status).toBe(400);
        expect((await app.request('/v1/suppliers/nobody-here', { headers })).status).toBe(404);
        const body = JSON.stringify({ type: 'contact', supplierId: 'nobody-here', channel: 'email' });
        expect((await app.request('/v1/events', { method: 'POST', headers, body })).status).toBe(404);
      }
    }
    await seedNeed(db, { id: 'need-c1', siteKey: 'coorace', postedAt: '2026-12-02T08:00:00Z', confirmedAt: '2026-12-02T08:05:00Z', sentAt: '2026-12-02T08:06:00Z', recipients: 6, interested: 2, contractAt: '2026-12-03T09:00:00Z', amount: 40_000 });
    await seedNeed(db, { id: 'need-b1', siteKey: 'bretagne', postedAt: '2026-12-03T08:00:00Z' });
  }, 60_000);

  it.each(Object.keys(KEYS) as KeyText[])('reports for %s exactly the searches, zero results, sheets, contacts and queries it made', async (key) => {
    const counts = expected[key];
    expect(counts.searches).toBeGreaterThan(20);
    const body = await report(key.replace('pk_test_', ''));
    expect(body.totals).toMatchObject({ searches: counts.searches, zeroResults: counts.zeroResults, sheets: counts.sheets, contacts: counts.contacts });
    expect(body.days.at(-1)).toMatchObject({ day: '2026-12-03', searches: counts.searches });
    expect(body.days).toHaveLength(84);
    expect(asMap(body.topQueries)).toEqual(sorted(counts.queries));
    expect(asMap(body.contactsByChannel)).toEqual(sorted(counts.channels));
  });

  it('reports the needs of each key only, with their outcome', async () => {
    expect((await report('coorace')).totals).toMatchObject({ needsPosted: 1, needsConfirmed: 1, suppliersReached: 6, interested: 2, contracts: 1, contractAmountEur: 40_000 });
    expect((await report('bretagne')).totals).toMatchObject({ needsPosted: 1, needsConfirmed: 0, suppliersReached: 0, interested: 0, contracts: 0, contractAmountEur: 0 });
  });

  it('never shows one key’s counts or texts under another’s name', async () => {
    const coorace = await report('coorace');
    const bretagne = await report('bretagne');
    expect(coorace.totals.searches + bretagne.totals.searches).toBe(expected.pk_test_coorace.searches + expected.pk_test_bretagne.searches);
    const rows = await db.query<{ site_key: string }>('SELECT DISTINCT site_key FROM insight_counts ORDER BY site_key');
    expect(rows.map((row) => row.site_key)).toEqual(['bretagne', 'coorace']);
    expect((await report('someone-else')).totals.searches).toBe(0);
  });

  it('stores nothing personal: no e-mail, phone, IP address or key in any insight or count', async () => {
    await recorder.flush();
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM insight_counts');
    const text = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/@|\b\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}\b|\b(?:\d{1,3}\.){3}\d{1,3}\b|[ps]k_/);
    for (const secret of [ADMIN, ...Object.keys(KEYS), 'dupont', '127.0.0.1']) expect(text).not.toContain(secret);
  });

  it('gives the same report as CSV, one count per line', async () => {
    const response = await app.request('/v1/insights.csv?keyName=coorace&from=2026-12-01&to=2026-12-03', { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('metric,day,value,count');
    expect(lines).toContain(`searches,2026-12-03,,${expected.pk_test_coorace.searches}`);
    expect(lines).toContain('contractAmountEur,2026-12-03,,40000');
  });

  it.each([
    ['', { authorization: `Bearer ${ADMIN}` }, 400, 'keyName'],
    ['?keyName=coorace&from=2026-12-05&to=2026-12-01', { authorization: `Bearer ${ADMIN}` }, 400, 'from'],
    ['?keyName=coorace&from=2020-01-01&to=2026-12-01', { authorization: `Bearer ${ADMIN}` }, 400, 'from'],
    ['?keyName=coorace&to=2026-13-45', { authorization: `Bearer ${ADMIN}` }, 400, 'to'],
    ['?keyName=coorace', { 'x-api-key': 'pk_test_coorace' }, 403, undefined],
  ])('refuses /v1/insights%s with %s', async (query, headers, status, parameter) => {
    const response = await app.request(`/v1/insights${query}`, { headers });
    const body = (await response.json()) as ErrorBody;
    expect([response.status, body.error.details?.parameter]).toEqual([status, parameter]);
  });
});
