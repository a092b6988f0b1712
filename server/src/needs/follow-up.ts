/** What the buyer sees of a need: counts, the interested suppliers and how to reach them, a CSV. */
import type { NeedFollowUp, NeedSupplierContact } from '../../../sdk/src/types.js';
import type { Queryable } from '../storage/database.js';
import { findNeed, listRecipients, type RecipientRecord } from './store.js';

export async function followUp(db: Queryable, id: string): Promise<NeedFollowUp | undefined> {
  const need = await findNeed(db, id);
  if (!need) return undefined;
  const recipients = await listRecipients(db, id);
  const [sent] = await db.query<{ reached: number }>(
    `SELECT count(*)::int AS reached FROM outbox WHERE need_id = $1 AND purpose = 'supplier_need' AND sent_at IS NOT NULL`,
    [id],
  );
  const result: NeedFollowUp = {
    need: {
      id: need.id,
      status: need.status,
      kind: need.kind,
      title: need.title,
      deadline: need.deadline,
      amount: need.amount,
      createdAt: need.createdAt.toISOString(),
      recipients: {
        found: need.sentAt ? recipients.length : need.recipientsFound,
        withEmail: need.sentAt ? recipients.filter((r) => r.email).length : need.recipientsWithEmail,
        reached: sent?.reached ?? 0,
        opened: recipients.filter((r) => r.openedAt).length,
        interested: recipients.filter((r) => r.answer === 'interested').length,
        notInterested: recipients.filter((r) => r.answer === 'not_interested').length,
      },
      interested: recipients.filter((r) => r.answer === 'interested').map(contactOf),
      withoutEmail: recipients.filter((r) => !r.email).map(contactOf),
    },
  };
  if (need.sentAt) result.need.sentAt = need.sentAt.toISOString();
  if (need.closedAt) result.need.closedAt = need.closedAt.toISOString();
  if (need.outcome) result.need.outcome = need.outcome;
  return result;
}

function contactOf(recipient: RecipientRecord): NeedSupplierContact {
  const contact: NeedSupplierContact = { id: recipient.supplierId, name: recipient.name, kind: recipient.kind, city: recipient.city };
  if (recipient.brand) contact.brand = recipient.brand;
  if (recipient.email) contact.email = recipient.email;
  if (recipient.phone) contact.phone = recipient.phone;
  if (recipient.website) contact.website = recipient.website;
  if (recipient.message) contact.message = recipient.message;
  if (recipient.answeredAt) contact.answeredAt = recipient.answeredAt.toISOString();
  return contact;
}

/** One CSV field: quoted, quotes doubled, and a leading formula character defused for spreadsheets. */
function csvField(value: string | undefined): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The interested suppliers, then those without e-mail, as CSV (UTF-8 with a BOM, for spreadsheets). */
export function followUpCsv(followed: NeedFollowUp): string {
  const header = ['statut / status', 'nom / name', 'enseigne / brand', 'type / kind', 'ville / city', 'e-mail', 'téléphone / phone', 'site / website', 'message'];
  const rows = [
    ...followed.need.interested.map((c) => ['intéressé / interested', c] as const),
    ...followed.need.withoutEmail.map((c) => ['sans e-mail / no e-mail', c] as const),
  ].map(([status, c]) => [status, c.name, c.brand, c.kind, c.city, c.email, c.phone, c.website, c.message].map(csvField).join(','));
  return '\uFEFF' + [header.map(csvField).join(','), ...rows].join('\r\n') + '\r\n';
}
