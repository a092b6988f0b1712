/**
 * The outbox on both databases (PGlite and a real PostgreSQL): a message enqueued
 * once whatever the retries, claims that never overlap, a dead worker's lease taken
 * over when it expires, failures scheduled for later and never dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { bothDatabases } from '../storage/databases.test-support.js';
import { migrate } from '../storage/migrate.js';
import { claim, enqueue, markFailed, markSent, nextDue, type OutboxMessage } from './outbox.js';

const factories = bothDatabases();
const T0 = new Date('2030-01-10T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

const messages = (n: number, need = 'n1'): OutboxMessage[] =>
  Array.from({ length: n }, (_, i) => ({ needId: need, channel: 'mail', purpose: 'supplier_need', dedupeKey: `need:${need}:s${i}`, payload: { to: `s${i}@suppliers.test` } }));

describe.each(factories)('outbox on $kind', (factory) => {
  let db: Database;
  afterEach(async () => {
    await db?.close();
  });

  async function fresh() {
    db = await factory.open();
    await migrate(db);
    await db.query(
      `INSERT INTO needs (id, site_key, status, kind, title, description, criteria, deadline, amount, requires_moderation, recipients_found, recipients_with_email)
       VALUES ('n1', 'k', 'sent', 'QUOTE', 't', 'd', '{}', '2030-02-01', 'unknown', false, 0, 0)`,
    );
  }

  it('enqueues a message once: the same dedupe key again adds nothing', async () => {
    await fresh();
    expect(await enqueue(db, messages(3), T0)).toBe(3);
    expect(await enqueue(db, messages(5), T0)).toBe(2);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox'))[0]!.n).toBe(5);
  });

  it('never gives one row to two claims made at once', async () => {
    await fresh();
    await enqueue(db, messages(40), T0);
    const claims = await Promise.all([claim(db, 15, 60_000, T0), claim(db, 15, 60_000, T0), claim(db, 15, 60_000, T0)]);
    const ids = claims.flat().map((m) => m.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it("takes over a dead worker's rows when its lease expires, not before", async () => {
    await fresh();
    await enqueue(db, messages(2), T0);
    const dead = await claim(db, 10, 60_000, T0);
    expect(dead).toHaveLength(2);
    expect(await claim(db, 10, 60_000, later(59_999))).toEqual([]);
    const taken = await claim(db, 10, 60_000, later(60_000));
    expect(taken.map((m) => [m.id, m.attempts])).toEqual(dead.map((m) => [m.id, 2]));
  });

  it('schedules a failed message for later and sends it then; a sent one is never claimed again', async () => {
    await fresh();
    await enqueue(db, messages(1), T0);
    const [first] = await claim(db, 10, 60_000, T0);
    await markFailed(db, first!.id, 'SMTP unavailable', later(30_000));
    expect(await nextDue(db)).toEqual(later(30_000));
    expect(await claim(db, 10, 60_000, later(29_999))).toEqual([]);
    const [retry] = await claim(db, 10, 60_000, later(30_000));
    expect(retry).toMatchObject({ id: first!.id, attempts: 2, payload: { to: 's0@suppliers.test' } });
    await markSent(db, [retry!.id], later(30_001));
    expect(await claim(db, 10, 60_000, later(10_000_000))).toEqual([]);
    expect(await nextDue(db)).toBeUndefined();
  });
});
