/** The needs tables, read and written in SQL that runs the same on PGlite and PostgreSQL. */
import type { NeedAmount, NeedBuyer, NeedKind, NeedOutcome, NeedStatus } from '../../../sdk/src/types.js';
import type { Filter } from '../query/types.js';
import type { Queryable } from '../storage/database.js';
import type { NeedCriteria, Recipient } from './matching.js';
import type { WebhookTarget } from './webhook.js';

/** What is stored with a need to match and deliver it later, as the posting key allowed then. */
export interface StoredCriteria extends NeedCriteria {
  scope?: Filter;
  webhooks?: WebhookTarget[];
}

export interface NeedRecord {
  id: string;
  siteKey: string;
  status: NeedStatus;
  kind: NeedKind;
  title: string;
  description: string;
  criteria: StoredCriteria;
  /** YYYY-MM-DD. */
  deadline: string;
  startDate?: string;
  amount: NeedAmount;
  reservedLot: boolean;
  acceptsCoContracting: boolean;
  externalLink?: string;
  locale: 'fr' | 'en';
  /** Undefined once erased. */
  buyer?: NeedBuyer;
  requiresModeration: boolean;
  recipientsFound: number;
  recipientsWithEmail: number;
  createdAt: Date;
  confirmedAt?: Date;
  sentAt?: Date;
  closedAt?: Date;
  outcome?: NeedOutcome;
}

const COLUMNS = `id, site_key, status, kind, title, description, criteria, deadline::text AS deadline, start_date::text AS start_date,
  amount, reserved_lot, accepts_co_contracting, external_link, locale, buyer_name, buyer_organisation, buyer_email, buyer_phone,
  requires_moderation, recipients_found, recipients_with_email, created_at, confirmed_at, sent_at, closed_at,
  contract_signed, contract_amount_eur, outcome_answered_at`;

type Row = Record<string, unknown>;

function needOf(row: Row): NeedRecord {
  const optional = <T>(value: unknown): T | undefined => (value === null ? undefined : (value as T));
  const need: NeedRecord = {
    id: row.id as string,
    siteKey: row.site_key as string,
    status: row.status as NeedStatus,
    kind: row.kind as NeedKind,
    title: row.title as string,
    description: row.description as string,
    criteria: row.criteria as StoredCriteria,
    deadline: row.deadline as string,
    startDate: optional(row.start_date),
    amount: row.amount as NeedAmount,
    reservedLot: row.reserved_lot as boolean,
    acceptsCoContracting: row.accepts_co_contracting as boolean,
    externalLink: optional(row.external_link),
    locale: row.locale as 'fr' | 'en',
    requiresModeration: row.requires_moderation as boolean,
    recipientsFound: row.recipients_found as number,
    recipientsWithEmail: row.recipients_with_email as number,
    createdAt: row.created_at as Date,
    confirmedAt: optional(row.confirmed_at),
    sentAt: optional(row.sent_at),
    closedAt: optional(row.closed_at),
  };
  if (row.buyer_email !== null) {
    need.buyer = { name: row.buyer_name as string, organisation: row.buyer_organisation as string, email: row.buyer_email as string };
    if (row.buyer_phone !== null) need.buyer.phone = row.buyer_phone as string;
  }
  if (row.contract_signed !== null) {
    need.outcome = { contractSigned: row.contract_signed as NeedOutcome['contractSigned'], answeredAt: (row.outcome_answered_at as Date).toISOString() };
    if (row.contract_amount_eur !== null) need.outcome.amountEur = row.contract_amount_eur as number;
  }
  return need;
}

export async function insertNeed(db: Queryable, need: NeedRecord): Promise<void> {
  await db.query(
    `INSERT INTO needs (id, site_key, status, kind, title, description, criteria, deadline, start_date, amount, reserved_lot,
       accepts_co_contracting, external_link, locale, buyer_name, buyer_organisation, buyer_email, buyer_phone,
       requires_moderation, recipients_found, recipients_with_email, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::date, $9::date, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
    [
      need.id, need.siteKey, need.status, need.kind, need.title, need.description, JSON.stringify(need.criteria), need.deadline,
      need.startDate ?? null, need.amount, need.reservedLot, need.acceptsCoContracting, need.externalLink ?? null, need.locale,
      need.buyer?.name ?? null, need.buyer?.organisation ?? null, need.buyer?.email ?? null, need.buyer?.phone ?? null,
      need.requiresModeration, need.recipientsFound, need.recipientsWithEmail, need.createdAt,
    ],
  );
}

/** The need, locked for the rest of the transaction when `forUpdate`. */
export async function findNeed(db: Queryable, id: string, forUpdate = false): Promise<NeedRecord | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM needs WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row && needOf(row);
}

/** Moves a need from one of `from` to `to`, stamping `stamp`; false when it was not in `from`. */
export async function transition(
  db: Queryable,
  id: string,
  from: readonly NeedStatus[],
  to: NeedStatus,
  stamp: 'confirmed_at' | 'moderated_at' | 'sent_at' | 'closed_at',
  at: Date,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE needs SET status = $2, ${stamp} = $3 WHERE id = $1 AND status IN (SELECT jsonb_array_elements_text($4::jsonb)) RETURNING id`,
    [id, to, at, JSON.stringify(from)],
  );
  return rows.length === 1;
}

export async function insertRecipients(db: Queryable, needId: string, recipients: readonly Recipient[]): Promise<void> {
  if (!recipients.length) return;
  await db.query(
    `INSERT INTO need_recipients (need_id, supplier_id, name, brand, kind, city, email, phone, website)
     SELECT $1, r."supplierId", r.name, r.brand, r.kind, r.city, r.email, r.phone, r.website
     FROM jsonb_to_recordset($2::jsonb) AS r("supplierId" text, name text, brand text, kind text, city text, email text, phone text, website text)
     ON CONFLICT (need_id, supplier_id) DO NOTHING`,
    [needId, JSON.stringify(recipients)],
  );
}

export interface RecipientRecord extends Recipient {
  openedAt?: Date;
  answer?: 'interested' | 'not_interested';
  message?: string;
  answeredAt?: Date;
}

function recipientOf(row: Row): RecipientRecord {
  const recipient: RecipientRecord = { supplierId: row.supplier_id as string, name: row.name as string, kind: row.kind as never, city: row.city as string };
  for (const [key, column] of [
    ['brand', 'brand'], ['email', 'email'], ['phone', 'phone'], ['website', 'website'], ['openedAt', 'opened_at'],
    ['answer', 'answer'], ['message', 'message'], ['answeredAt', 'answered_at'],
  ] as const) {
    if (row[column] !== null) (recipient as unknown as Row)[key] = row[column];
  }
  return recipient;
}

export async function listRecipients(db: Queryable, needId: string): Promise<RecipientRecord[]> {
  return (await db.query<Row>('SELECT * FROM need_recipients WHERE need_id = $1 ORDER BY name, supplier_id', [needId])).map(recipientOf);
}

export async function findRecipient(db: Queryable, needId: string, supplierId: string): Promise<RecipientRecord | undefined> {
  const [row] = await db.query<Row>('SELECT * FROM need_recipients WHERE need_id = $1 AND supplier_id = $2', [needId, supplierId]);
  return row && recipientOf(row);
}

export async function recordEvent(db: Queryable, needId: string, type: string, at: Date, supplierId?: string): Promise<void> {
  await db.query('INSERT INTO need_events (need_id, type, supplier_id, at) VALUES ($1, $2, $3, $4)', [needId, type, supplierId ?? null, at]);
}
