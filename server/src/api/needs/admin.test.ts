/**
 * Moderation (a key that asks for it, a need broader than the threshold), the admin
 * routes that approve or reject, and the buyer's personal data: exported, erased on
 * request, erased by the scheduled job after the retention time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKey, siteKey, storeOf } from '../../keys/keys.test-support.js';
import { linkIn, memoryMailer, NEED, needsHarness } from '../../needs/needs.test-support.js';
import { openPglite } from '../../storage/pglite.js';
import type { Database } from '../../storage/database.js';

let db: Database;
let harness: Awaited<ReturnType<typeof needsHarness>>;
const mailer = memoryMailer();
const ORIGIN = { origin: 'https://www.coorace.example' };
const ADMIN = { 'x-api-key': 'sk_test_admin' };

beforeAll(async () => {
  db = await openPglite();
  const keys = storeOf([await siteKey('pk_test_moderated', { moderate: true }), await siteKey('pk_test_plain')], [await adminKey('sk_test_admin')]);
  harness = await needsHarness({ db, mailer, keys, moderationThreshold: 3, retentionDays: 30 });
}, 60_000);
afterAll(() => db.close());

async function postAndConfirm(title: string, key: string, extra: Record<string, unknown> = {}) {
  const response = await harness.post({ ...NEED, ...extra, title }, { 'x-api-key': key, ...ORIGIN });
  expect(response.status).toBe(201);
  const id = ((await response.json()) as { need: { id: string } }).need.id;
  await harness.runtime.worker.drain();
  const mail = mailer.sent.find((m) => m.subject.includes(title))!;
  const confirmed = await harness.submit(`/needs/${id}/confirm`, { token: linkIn(mail, /\/confirm$/).token });
  return { id, page: await confirmed.text() };
}

const statusOf = async (id: string) => (await db.query<{ status: string }>('SELECT status FROM needs WHERE id = $1', [id]))[0]!.status;
const supplierMails = (title: string) => mailer.sent.filter((m) => m.subject.startsWith('Nouveau besoin') && m.subject.includes(title));

describe('moderation', () => {
  it('holds a confirmed need of a moderated key until an admin approves it, then sends it', async () => {
    const { id, page } = await postAndConfirm('Tonte modérée', 'pk_test_moderated', { places: ['commune:29019'] });
    expect(page).toContain('En attente de validation');
    await harness.runtime.worker.drain();
    expect(await statusOf(id)).toBe('moderation');
    expect(supplierMails('Tonte modérée')).toEqual([]);
    const listed = await harness.app.request('/v1/admin/needs?status=moderation', { headers: ADMIN });
    expect(((await listed.json()) as { needs: { id: string }[] }).needs.map((n) => n.id)).toContain(id);
    const approved = await harness.app.request(`/v1/admin/needs/${id}/approve`, { method: 'POST', headers: ADMIN });
    expect(await approved.json()).toEqual({ need: { id, status: 'sent' } });
    await harness.runtime.worker.drain();
    expect(supplierMails('Tonte modérée').length).toBeGreaterThan(0);
    const again = await harness.app.request(`/v1/admin/needs/${id}/approve`, { method: 'POST', headers: ADMIN });
    expect(again.status).toBe(409);
  });

  it('holds a need reaching more suppliers than the threshold, and a rejection sends nothing', async () => {
    const { id } = await postAndConfirm('Tonte trop large', 'pk_test_plain');
    expect(await statusOf(id)).toBe('moderation');
    const rejected = await harness.app.request(`/v1/admin/needs/${id}/reject`, { method: 'POST', headers: ADMIN });
    expect(await rejected.json()).toEqual({ need: { id, status: 'rejected' } });
    await harness.runtime.worker.drain();
    expect(supplierMails('Tonte trop large')).toEqual([]);
  });

  it('keeps the admin routes to admin keys', async () => {
    const response = await harness.app.request('/v1/admin/needs', { headers: { 'x-api-key': 'pk_test_plain', ...ORIGIN } });
    expect(response.status).toBe(403);
  });
});

describe("the buyer's personal data", () => {
  it('exports one buyer’s needs, then erases them: the needs stay, the person and their pending mail go', async () => {
    const buyer = { ...NEED.buyer, email: 'Dominique@Buyer.test', name: 'Dominique' };
    const response = await harness.post({ ...NEED, title: 'Besoin de Dominique', buyer }, { 'x-api-key': 'pk_test_plain', ...ORIGIN });
    const id = ((await response.json()) as { need: { id: string } }).need.id;
    const exported = await harness.app.request('/v1/admin/needs/buyers?email=dominique@buyer.test', { headers: ADMIN });
    expect(await exported.json()).toMatchObject({ needs: [{ id, title: 'Besoin de Dominique', buyer: { name: 'Dominique', email: 'Dominique@Buyer.test' } }] });
    const erased = await harness.app.request('/v1/admin/needs/buyers/erase', {
      method: 'POST',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'dominique@buyer.test' }),
    });
    expect(await erased.json()).toEqual({ erased: 1 });
    const [row] = await db.query('SELECT title, buyer_name, buyer_email, erased_at IS NOT NULL AS erased FROM needs WHERE id = $1', [id]);
    expect(row).toEqual({ title: 'Besoin de Dominique', buyer_name: null, buyer_email: null, erased: true });
    expect(await db.query(`SELECT id FROM outbox WHERE need_id = $1`, [id])).toEqual([]);
    const invalid = await harness.app.request('/v1/admin/needs/buyers?email=nobody', { headers: ADMIN });
    expect(invalid.status).toBe(400);
  });

  it('erases personal data a retention time after the need closes, and not before', async () => {
    const { id } = await postAndConfirm('Besoin à oublier', 'pk_test_plain', { places: ['commune:29019'] });
    // 2 March: the deadline (1 February) plus 29 days.
    harness.advance(51 * 86_400_000);
    await harness.runtime.schedule.run();
    expect((await db.query('SELECT buyer_email FROM needs WHERE id = $1', [id]))[0]).toEqual({ buyer_email: NEED.buyer.email });
    // 4 March: the 30 days after the deadline have passed.
    harness.advance(2 * 86_400_000);
    expect((await harness.runtime.schedule.run()).erased).toBeGreaterThanOrEqual(1);
    expect((await db.query('SELECT buyer_email FROM needs WHERE id = $1', [id]))[0]).toEqual({ buyer_email: null });
    harness.advance(-53 * 86_400_000);
  });
});
