import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { addCounts } from '../../insights/store.js';
import { createRecorder } from '../../insights/recorder.js';
import { adminKey, siteKey, storeOf } from '../../keys/keys.test-support.js';
import type { Database } from '../../storage/database.js';
import { migrate } from '../../storage/migrate.js';
import { openPglite } from '../../storage/pglite.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';

const ADMIN = 'sk_test_page_admin';
const NOW = Date.parse('2026-12-03T10:00:00Z');
let db: Database;
let app: App;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  const recorder = createRecorder({ sink: (counts) => addCounts(db, counts), now: () => NOW });
  const keys = storeOf([await siteKey('pk_test_site', { name: 'coorace' })], [await adminKey(ADMIN)]);
  app = createApp({ engine: fakeEngine(), geography: fakeGeography(), keys, now: () => NOW, insights: { db, recorder } });
  await addCounts(db, [
    { siteKey: 'coorace', day: '2026-12-01', metric: 'searches', value: '', count: 40 },
    { siteKey: 'coorace', day: '2026-12-01', metric: 'zero_results', value: '', count: 10 },
    { siteKey: 'coorace', day: '2026-12-01', metric: 'zero_queries', value: '<script>alert(1)</script> | serves=commune:35238', count: 10 },
    { siteKey: 'other', day: '2026-12-01', metric: 'zero_queries', value: 'secret d’un autre site', count: 99 },
  ]);
}, 60_000);

afterAll(() => db.close());

const post = (fields: Record<string, string>, headers: Record<string, string> = { origin: 'http://localhost' }) =>
  app.request('/admin/insights', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

describe('/admin/insights', () => {
  it('shows the form to anyone, with no script, no outside resource and nothing cached', async () => {
    const response = await app.request('/admin/insights');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<form method="post" action="/admin/insights"');
    expect(page).not.toMatch(/<script|src=|https?:\/\/(?!localhost)/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; base-uri 'none'; form-action 'self'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('renders the key’s report with SVG charts and their tables, the typed text escaped, another key’s text absent', async () => {
    const response = await post({ adminKey: ADMIN, keyName: 'coorace', from: '2026-11-30', to: '2026-12-03' });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(page).toContain('<strong>40</strong> recherches');
    expect(page).toContain('<strong>25 %</strong> sans résultat');
    expect(page).toContain('<th scope="row">2026-11-30</th><td>40</td><td>10</td><td>25 %</td>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | serves=commune:35238');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('secret d’un autre site');
  });

  it.each([
    [{ adminKey: 'sk_wrong', keyName: 'coorace' }, undefined, 401, /Clé d’administration refusée/],
    [{ adminKey: 'pk_test_site', keyName: 'coorace' }, undefined, 401, /Clé d’administration refusée/],
    [{ adminKey: ADMIN, keyName: '' }, undefined, 400, /Indiquez le nom de la clé du site/],
    [{ adminKey: ADMIN, keyName: 'coorace', from: '2026-12-05', to: '2026-12-01' }, undefined, 400, /Must not be after to/],
    [{ adminKey: ADMIN, keyName: 'coorace' }, { origin: 'https://evil.example' }, 403, /doit venir de cette page/],
  ])('refuses %o from %o with %i, showing no report', async (fields, headers, status, message) => {
    const response = await post(fields, headers);
    const page = await response.text();
    expect(response.status).toBe(status);
    expect(page).toMatch(message);
    expect(page).not.toContain('<svg');
    if (status === 401) expect(page).not.toContain(fields.adminKey);
  });
});
