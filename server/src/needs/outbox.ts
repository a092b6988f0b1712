/**
 * The outbox: one row per message (a mail or a webhook call), written in the same
 * transaction as what caused it. Workers claim due rows with FOR UPDATE SKIP LOCKED
 * and a lease: two workers never hold the same row, and a dead worker's rows are
 * taken over when its lease expires. A failed send is retried later (exponential
 * backoff), never dropped: an SMTP outage delays mail, it does not lose it.
 */
import type { Queryable } from '../storage/database.js';

export type OutboxPurpose = 'buyer_confirm' | 'supplier_need' | 'buyer_interested' | 'buyer_outcome' | 'need_webhook';

export interface OutboxMessage {
  needId: string;
  channel: 'mail' | 'webhook';
  purpose: OutboxPurpose;
  /** Unique: enqueuing the same key again does nothing (a supplier gets a need once). */
  dedupeKey: string;
  payload: unknown;
}

export interface ClaimedMessage {
  id: number;
  needId: string;
  channel: 'mail' | 'webhook';
  purpose: OutboxPurpose;
  payload: unknown;
  attempts: number;
}

/** Enqueues messages in one statement; returns how many were new. */
export async function enqueue(db: Queryable, messages: readonly OutboxMessage[], now: Date): Promise<number> {
  if (!messages.length) return 0;
  const rows = await db.query(
    `INSERT INTO outbox (need_id, channel, purpose, dedupe_key, payload, next_attempt_at, created_at)
     SELECT m.need_id, m.channel, m.purpose, m.dedupe_key, m.payload, $2, $2
     FROM jsonb_to_recordset($1::jsonb) AS m(need_id text, channel text, purpose text, dedupe_key text, payload jsonb)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [
      JSON.stringify(messages.map((m) => ({ need_id: m.needId, channel: m.channel, purpose: m.purpose, dedupe_key: m.dedupeKey, payload: m.payload }))),
      now,
    ],
  );
  return rows.length;
}

/** Claims up to `limit` due rows for `leaseMs`; each claim counts as an attempt. */
export async function claim(db: Queryable, limit: number, leaseMs: number, now: Date): Promise<ClaimedMessage[]> {
  const rows = await db.query<{ id: number; need_id: string; channel: 'mail' | 'webhook'; purpose: OutboxPurpose; payload: unknown; attempts: number }>(
    `UPDATE outbox SET lease_until = $3, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox
       WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
       ORDER BY next_attempt_at, id
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     RETURNING id, need_id, channel, purpose, payload, attempts`,
    [now, limit, new Date(now.getTime() + leaseMs)],
  );
  return rows
    .map((r) => ({ id: r.id, needId: r.need_id, channel: r.channel, purpose: r.purpose, payload: r.payload, attempts: r.attempts }))
    .sort((a, b) => a.id - b.id);
}

export async function markSent(db: Queryable, ids: readonly number[], now: Date): Promise<void> {
  if (!ids.length) return;
  await db.query(
    // An array parameter, not a JSON list unpacked: half the cost on PGlite, paid once per mail.
    `UPDATE outbox SET sent_at = $2, lease_until = NULL, last_error = NULL WHERE id = ANY($1::bigint[])`,
    [ids, now],
  );
}

export async function markFailed(db: Queryable, id: number, error: string, retryAt: Date): Promise<void> {
  await db.query('UPDATE outbox SET lease_until = NULL, next_attempt_at = $3, last_error = $2 WHERE id = $1', [id, error.slice(0, 500), retryAt]);
}

/** When the next unsent row becomes due (or its lease expires); undefined when nothing waits. */
export async function nextDue(db: Queryable): Promise<Date | undefined> {
  const [row] = await db.query<{ due: Date | null }>(
    `SELECT min(GREATEST(next_attempt_at, COALESCE(lease_until, next_attempt_at))) AS due FROM outbox WHERE sent_at IS NULL`,
  );
  return row?.due ?? undefined;
}
