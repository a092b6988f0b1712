/**
 * Needs as issue 15's flow leaves them in its tables (migration 0001), written
 * directly, for the insights' tests: insights only read those tables.
 */
import type { Queryable } from '../storage/database.js';

/** A need of `siteKey` as the needs flow leaves it (migration 0001's tables), with its events and recipients. */
export async function seedNeed(
  db: Queryable,
  need: { id: string; siteKey: string; postedAt: string; confirmedAt?: string; sentAt?: string; recipients?: number; interested?: number; contractAt?: string; amount?: number },
): Promise<void> {
  await db.query(
    `INSERT INTO needs (id, site_key, status, kind, title, description, criteria, deadline, amount, requires_moderation, recipients_found,
                        recipients_with_email, created_at, confirmed_at, sent_at, contract_signed, contract_amount_eur, outcome_answered_at)
     VALUES ($1, $2, 'sent', 'QUOTE', 'Titre', 'Description', '{}', '2030-01-01', '0-42K', false, 0, 0, $3, $4, $5, $6, $7, $8)`,
    [need.id, need.siteKey, need.postedAt, need.confirmedAt ?? null, need.sentAt ?? null, need.contractAt ? 'yes' : null, need.amount ?? null, need.contractAt ?? null],
  );
  const event = (type: string, at: string, supplier?: string) =>
    db.query('INSERT INTO need_events (need_id, type, supplier_id, at) VALUES ($1, $2, $3, $4)', [need.id, type, supplier ?? null, at]);
  await event('posted', need.postedAt);
  if (need.confirmedAt) await event('confirmed', need.confirmedAt);
  for (let n = 0; n < (need.recipients ?? 0); n++) {
    await db.query(`INSERT INTO need_recipients (need_id, supplier_id, name, kind, city) VALUES ($1, $2, 'ASSOC', 'EI', 'Rennes')`, [need.id, `s${n}`]);
  }
  for (let n = 0; n < (need.interested ?? 0); n++) await event('interested', need.sentAt!, `s${n}`);
}
