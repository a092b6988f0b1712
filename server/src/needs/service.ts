/**
 * The needs flow: post (unconfirmed, nothing sent), confirm (the buyer's e-mail is
 * theirs), moderate (when the key asks for it or the need is broad), dispatch
 * (recipients frozen, one outbox row per message, in one transaction), answer, close,
 * outcome. Every change of state is a guarded UPDATE: a second click, a retry or a
 * second server cannot send a need twice.
 */
import { randomBytes } from 'node:crypto';
import type { NeedCreated, NeedInput, NeedStatus } from '../../../sdk/src/types.js';
import type { SearchEngine } from '../query/types.js';
import type { PlaceResolver } from '../query/context.js';
import type { Database } from '../storage/database.js';
import { matchRecipients } from './matching.js';
import { buyerConfirmMail, buyerInterestedMail, supplierNeedMail, type MailContext } from './mails.js';
import { enqueue, type OutboxMessage } from './outbox.js';
import { findNeed, findRecipient, insertNeed, insertRecipients, recordEvent, transition, type NeedRecord, type StoredCriteria } from './store.js';
import type { Tokens, TokenPurpose } from './tokens.js';

export interface NeedsConfig {
  db: Database;
  engine: SearchEngine;
  places: PlaceResolver;
  tokens: Tokens;
  /** Where links in mails point, such as https://achat-inclusif.example.org. */
  publicUrl: string;
  /** A need reaching more suppliers than this waits for an admin. Default 500. */
  moderationThreshold?: number;
  /** How long a link in a mail works. Default 180 days. */
  linkTtlDays?: number;
  now?: () => number;
  /** Called after messages were enqueued (to wake the outbox worker). */
  onEnqueued?: () => void;
}

/** Who posts: the site key (its name), what it may reach, what it asks for. */
export interface Poster {
  siteKey: string;
  scope?: StoredCriteria['scope'];
  moderate: boolean;
  webhooks: NonNullable<StoredCriteria['webhooks']>;
}

export type NeedsService = ReturnType<typeof createNeedsService>;

export function createNeedsService(config: NeedsConfig) {
  const { db, engine, places, tokens } = config;
  const threshold = config.moderationThreshold ?? 500;
  const ttl = (config.linkTtlDays ?? 180) * 86_400;
  const now = () => new Date((config.now ?? Date.now)());
  const base = config.publicUrl.replace(/\/+$/, '');
  const mail: MailContext = {
    link: (path, token) => `${base}${path}?token=${encodeURIComponent(token)}`,
    messageDomain: new URL(base).hostname,
  };
  const sign = (purpose: TokenPurpose, need: string, subject = 'buyer') => tokens.sign({ purpose, need, subject }, ttl);
  const enqueued = () => config.onEnqueued?.();

  async function post(input: NeedInput, poster: Poster): Promise<NeedCreated> {
    const criteria: StoredCriteria = {
      sectors: input.sectors,
      places: input.places,
      nationwide: input.nationwide,
      prestaTypes: input.prestaTypes,
      kinds: input.kinds,
      socialClause: input.socialClause,
      supplierIds: input.supplierIds,
      scope: poster.scope,
      webhooks: poster.webhooks,
    };
    const { found, recipients } = await matchRecipients(criteria, { engine, places, scope: poster.scope });
    const withEmail = recipients.filter((r) => r.email).length;
    const need: NeedRecord = {
      id: randomBytes(12).toString('base64url'),
      siteKey: poster.siteKey,
      status: 'unconfirmed',
      kind: input.kind,
      title: input.title,
      description: input.description,
      criteria,
      deadline: input.deadline,
      startDate: input.startDate,
      amount: input.amount,
      reservedLot: input.reservedLot ?? false,
      acceptsCoContracting: input.acceptsCoContracting ?? false,
      externalLink: input.externalLink,
      locale: input.locale ?? 'fr',
      buyer: input.buyer,
      requiresModeration: poster.moderate || found > threshold,
      recipientsFound: found,
      recipientsWithEmail: withEmail,
      createdAt: now(),
    };
    await db.transaction(async (tx) => {
      await insertNeed(tx, need);
      await recordEvent(tx, need.id, 'posted', need.createdAt);
      const message = buyerConfirmMail(need, { confirm: sign('confirm', need.id), follow: sign('follow', need.id) }, mail);
      await enqueue(tx, [{ needId: need.id, channel: 'mail', purpose: 'buyer_confirm', dedupeKey: `confirm:${need.id}`, payload: message }], need.createdAt);
    });
    enqueued();
    return { need: { id: need.id, status: 'unconfirmed', recipients: { found, withEmail } } };
  }

  /** The buyer confirmed their address: dispatch, or wait for an admin. The status after. */
  async function confirm(id: string): Promise<NeedStatus | undefined> {
    const at = now();
    const need = await db.transaction(async (tx) => {
      const locked = await findNeed(tx, id, true);
      if (!locked || locked.status !== 'unconfirmed' || locked.confirmedAt) return locked;
      if (locked.requiresModeration) {
        await transition(tx, id, ['unconfirmed'], 'moderation', 'confirmed_at', at);
        locked.status = 'moderation';
      } else {
        await tx.query('UPDATE needs SET confirmed_at = $2 WHERE id = $1', [id, at]);
      }
      await recordEvent(tx, id, 'confirmed', at);
      return locked;
    });
    if (!need) return undefined;
    if (need.status === 'unconfirmed') return dispatch(id);
    return need.status;
  }

  /** An admin's decision on a need waiting for moderation; undefined when it was not waiting. */
  async function moderate(id: string, decision: 'approve' | 'reject'): Promise<NeedStatus | undefined> {
    const at = now();
    if (decision === 'reject') {
      const done = await db.transaction(async (tx) => {
        if (!(await transition(tx, id, ['moderation'], 'rejected', 'moderated_at', at))) return false;
        await recordEvent(tx, id, 'rejected', at);
        return true;
      });
      return done ? 'rejected' : undefined;
    }
    const waiting = await findNeed(db, id);
    if (waiting?.status !== 'moderation') return undefined;
    await db.query('UPDATE needs SET moderated_at = $2 WHERE id = $1', [id, at]);
    await recordEvent(db, id, 'approved', at);
    return dispatch(id);
  }

  /** Freezes the recipients and enqueues one message each, all or nothing. */
  async function dispatch(id: string): Promise<NeedStatus | undefined> {
    const need = await findNeed(db, id);
    if (!need) return undefined;
    const { recipients } = await matchRecipients(need.criteria, { engine, places, scope: need.criteria.scope });
    const at = now();
    const status = await db.transaction(async (tx) => {
      const locked = await findNeed(tx, id, true);
      const ready = locked && locked.confirmedAt && (locked.status === 'moderation' || (locked.status === 'unconfirmed' && !locked.requiresModeration));
      if (!ready) return locked?.status;
      await insertRecipients(tx, id, recipients);
      const messages: OutboxMessage[] = recipients
        .filter((r) => r.email)
        .map((r) => ({
          needId: id,
          channel: 'mail',
          purpose: 'supplier_need',
          dedupeKey: `need:${id}:${r.supplierId}`,
          payload: supplierNeedMail(locked, r, sign('answer', id, r.supplierId), mail),
        }));
      (locked.criteria.webhooks ?? []).forEach((target, index) =>
        messages.push({
          needId: id,
          channel: 'webhook',
          purpose: 'need_webhook',
          dedupeKey: `webhook:${id}:${index}`,
          payload: { ...target, body: webhookBody(locked, recipients.map((r) => r.supplierId)) },
        }),
      );
      await enqueue(tx, messages, at);
      await transition(tx, id, ['unconfirmed', 'moderation'], 'sent', 'sent_at', at);
      await recordEvent(tx, id, 'sent', at);
      return 'sent' as const;
    });
    enqueued();
    return status;
  }

  /** The supplier opened its page: counted once. */
  async function opened(id: string, supplierId: string): Promise<void> {
    const at = now();
    const rows = await db.query('UPDATE need_recipients SET opened_at = $3 WHERE need_id = $1 AND supplier_id = $2 AND opened_at IS NULL RETURNING need_id', [id, supplierId, at]);
    if (rows.length) await recordEvent(db, id, 'opened', at, supplierId);
  }

  /** The supplier's answer; "interested" mails the buyer (once). False when the need no longer takes answers. */
  async function answer(id: string, supplierId: string, choice: 'interested' | 'not_interested', message: string | undefined): Promise<boolean> {
    const at = now();
    const accepted = await db.transaction(async (tx) => {
      const need = await findNeed(tx, id, true);
      const recipient = need?.status === 'sent' ? await findRecipient(tx, id, supplierId) : undefined;
      if (!need || !recipient) return false;
      await tx.query(
        'UPDATE need_recipients SET answer = $3, message = $4, answered_at = $5, opened_at = COALESCE(opened_at, $5) WHERE need_id = $1 AND supplier_id = $2',
        [id, supplierId, choice, message ?? null, at],
      );
      await recordEvent(tx, id, choice, at, supplierId);
      if (choice === 'interested' && need.buyer) {
        const payload = buyerInterestedMail(need, recipient, message, sign('follow', id), mail);
        await enqueue(tx, [{ needId: id, channel: 'mail', purpose: 'buyer_interested', dedupeKey: `interested:${id}:${supplierId}`, payload }], at);
      }
      return true;
    });
    if (accepted) enqueued();
    return accepted;
  }

  async function close(id: string): Promise<boolean> {
    const at = now();
    return db.transaction(async (tx) => {
      if (!(await transition(tx, id, ['unconfirmed', 'moderation', 'sent'], 'closed', 'closed_at', at))) return false;
      await recordEvent(tx, id, 'closed', at);
      return true;
    });
  }

  async function recordOutcome(id: string, contractSigned: 'yes' | 'no' | 'unknown', amountEur: number | undefined): Promise<boolean> {
    const at = now();
    const rows = await db.query(
      `UPDATE needs SET contract_signed = $2, contract_amount_eur = $3, outcome_answered_at = $4 WHERE id = $1 AND status IN ('sent', 'closed') RETURNING id`,
      [id, contractSigned, contractSigned === 'yes' ? (amountEur ?? null) : null, at],
    );
    if (rows.length) await recordEvent(db, id, 'outcome', at);
    return rows.length === 1;
  }

  return { post, confirm, moderate, dispatch, opened, answer, close, recordOutcome, sign, mail };
}

/** What a site's webhook receives: the need without the buyer's personal data, and who it reached. */
function webhookBody(need: NeedRecord, supplierIds: string[]) {
  return {
    event: 'need.sent',
    need: {
      id: need.id,
      kind: need.kind,
      title: need.title,
      description: need.description,
      sectors: need.criteria.sectors,
      places: need.criteria.places ?? [],
      nationwide: need.criteria.nationwide ?? false,
      deadline: need.deadline,
      amount: need.amount,
      organisation: need.buyer?.organisation,
      supplierIds,
    },
  };
}
