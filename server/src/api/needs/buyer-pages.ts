/**
 * The buyer's pages, opened from their mails: confirm the need (a button, so that a
 * mail scanner following links confirms nothing), follow it (counts, the interested
 * suppliers with their contacts, those without e-mail, a CSV, "close this need"), and
 * answer the outcome question.
 */
import { Hono, type Context } from 'hono';
import type { NeedFollowUp, NeedStatus, NeedSupplierContact } from '../../../../sdk/src/types.js';
import type { AppEnv } from '../../http/env.js';
import { html } from '../../html/index.js';
import { followUp, followUpCsv } from '../../needs/follow-up.js';
import type { NeedsService } from '../../needs/service.js';
import { findNeed } from '../../needs/store.js';
import type { TokenPurpose, Tokens } from '../../needs/tokens.js';
import type { Database } from '../../storage/database.js';
import { bilingual, needSummary, notFoundPage, page, refusedLink } from './layout.js';

const STATUS_LABELS: Record<NeedStatus, string> = {
  unconfirmed: 'En attente de votre confirmation / Waiting for your confirmation',
  moderation: 'En attente de validation / Waiting for approval',
  rejected: 'Refusé par la modération / Rejected by moderation',
  sent: 'Envoyé aux fournisseurs / Sent to suppliers',
  closed: 'Clos / Closed',
};

/** The largest contract amount recorded, in euros: beyond any public contract. */
const MAX_CONTRACT_EUR = 10_000_000_000;

export function buyerPages({ db, service, tokens }: { db: Database; service: NeedsService; tokens: Tokens }) {
  /** The token of the request (query or form) checked for `purpose`; a Response when refused. */
  async function checked(c: Context, purpose: TokenPurpose) {
    const id = c.req.param('id')!;
    const form = c.req.method === 'POST' ? await c.req.parseBody() : {};
    const token = c.req.method === 'POST' ? (typeof form.token === 'string' ? form.token : undefined) : c.req.query('token');
    const check = tokens.verify(token, { purpose, need: id, subject: 'buyer' });
    if (!check.ok) return { refused: refusedLink(c, check.reason) };
    return { id, token: token!, form };
  }

  return new Hono<AppEnv>()
    .get('/:id/confirm', async (c) => {
      const link = await checked(c, 'confirm');
      if ('refused' in link) return link.refused;
      const need = await findNeed(db, link.id);
      if (!need) return notFoundPage(c);
      const pending = need.status === 'unconfirmed' && !need.confirmedAt;
      return page(
        c,
        { fr: 'Confirmer votre besoin', en: 'Confirm your need' },
        html`<h1>${need.title}</h1>
${needSummary(need)}
${pending
  ? html`<p>Il sera envoyé à ${need.recipientsFound} fournisseur(s). <span lang="en">It will be sent to ${need.recipientsFound} supplier(s).</span></p>
<form method="post" action="/needs/${link.id}/confirm"><input type="hidden" name="token" value="${link.token}">
<button type="submit">Confirmer et envoyer <span lang="en">/ Confirm and send</span></button></form>`
  : html`<p class="notice" role="status">Déjà confirmé. <span lang="en">Already confirmed.</span> ${STATUS_LABELS[need.status]}</p>`}`,
      );
    })
    .post('/:id/confirm', async (c) => {
      const link = await checked(c, 'confirm');
      if ('refused' in link) return link.refused;
      const status = await service.confirm(link.id);
      if (!status) return notFoundPage(c);
      return page(
        c,
        { fr: 'Besoin confirmé', en: 'Need confirmed' },
        html`<h1>${bilingual({ fr: 'Besoin confirmé', en: 'Need confirmed' })}</h1>
<p class="notice" role="status">${STATUS_LABELS[status]}</p>
<p>Le lien « Suivre mon besoin » de votre e-mail montre les réponses. <span lang="en">The "Follow my need" link in your e-mail shows the answers.</span></p>`,
      );
    })
    .get('/:id/follow', async (c) => {
      const link = await checked(c, 'follow');
      if ('refused' in link) return link.refused;
      const followed = await followUp(db, link.id);
      if (!followed) return notFoundPage(c);
      return page(c, { fr: 'Suivi du besoin', en: 'Need follow-up' }, followPage(followed, link.token));
    })
    .get('/:id/follow.csv', async (c) => {
      const link = await checked(c, 'follow');
      if ('refused' in link) return link.refused;
      const followed = await followUp(db, link.id);
      if (!followed) return notFoundPage(c);
      c.header('Cache-Control', 'no-store');
      c.header('Content-Disposition', `attachment; filename="besoin-${link.id}.csv"`);
      return c.body(followUpCsv(followed), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    })
    .post('/:id/close', async (c) => {
      const link = await checked(c, 'follow');
      if ('refused' in link) return link.refused;
      await service.close(link.id);
      return c.redirect(`/needs/${link.id}/follow?token=${encodeURIComponent(link.token)}`, 303);
    })
    .get('/:id/outcome', async (c) => {
      const link = await checked(c, 'outcome');
      if ('refused' in link) return link.refused;
      const need = await findNeed(db, link.id);
      if (!need) return notFoundPage(c);
      return page(c, { fr: 'Résultat du besoin', en: 'Outcome of the need' }, outcomeForm(link.id, link.token, need.title));
    })
    .post('/:id/outcome', async (c) => {
      const link = await checked(c, 'outcome');
      if ('refused' in link) return link.refused;
      const signed = link.form.signed;
      const amountText = typeof link.form.amount === 'string' ? link.form.amount.trim() : '';
      const amount = amountText === '' ? undefined : Number(amountText);
      const validAmount = amount === undefined || (Number.isInteger(amount) && amount >= 0 && amount <= MAX_CONTRACT_EUR);
      if ((signed !== 'yes' && signed !== 'no' && signed !== 'unknown') || !validAmount) {
        return page(c, { fr: 'Réponse incomplète', en: 'Incomplete answer' }, outcomeForm(link.id, link.token, '', true), 400);
      }
      const recorded = await service.recordOutcome(link.id, signed, amount);
      if (!recorded) return notFoundPage(c);
      return page(
        c,
        { fr: 'Merci', en: 'Thank you' },
        html`<h1>${bilingual({ fr: 'Merci', en: 'Thank you' })}</h1>
<p role="status">Votre réponse est enregistrée. <span lang="en">Your answer is recorded.</span></p>`,
      );
    });
}

function contactCells(contact: NeedSupplierContact) {
  return html`<td>${contact.brand ? html`${contact.brand}<br>` : ''}${contact.name}<br>${contact.kind} · ${contact.city}</td>
<td>${contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a><br>` : ''}${contact.phone ? html`<a href="tel:${contact.phone.replace(/[^+0-9]/g, '')}">${contact.phone}</a><br>` : ''}${contact.website && /^https?:\/\//.test(contact.website) ? html`<a href="${contact.website}" rel="noopener noreferrer">${contact.website}</a>` : (contact.website ?? '')}</td>`;
}

function followPage(followed: NeedFollowUp, token: string) {
  const { need } = followed;
  const counts = need.recipients;
  const query = `token=${encodeURIComponent(token)}`;
  return html`<h1>${need.title}</h1>
<p class="notice" role="status">${STATUS_LABELS[need.status]}</p>
<dl class="counts">
<div><dt>Fournisseurs visés <span lang="en">/ Suppliers found</span></dt><dd>${counts.found}</dd></div>
<div><dt>Atteints par e-mail <span lang="en">/ Reached</span></dt><dd>${counts.reached}</dd></div>
<div><dt>Ont ouvert <span lang="en">/ Opened</span></dt><dd>${counts.opened}</dd></div>
<div><dt>Intéressés <span lang="en">/ Interested</span></dt><dd>${counts.interested}</dd></div>
</dl>
<h2>${bilingual({ fr: 'Fournisseurs intéressés', en: 'Interested suppliers' })}</h2>
${need.interested.length
  ? html`<table><thead><tr><th scope="col">Fournisseur / Supplier</th><th scope="col">Contact</th><th scope="col">Message</th></tr></thead><tbody>
${need.interested.map((contact) => html`<tr>${contactCells(contact)}<td style="white-space:pre-line">${contact.message ?? ''}</td></tr>\n`)}
</tbody></table>`
  : html`<p>Aucun pour l'instant. <span lang="en">None yet.</span></p>`}
${need.withoutEmail.length
  ? html`<h2>${bilingual({ fr: 'Fournisseurs sans e-mail, à contacter vous-même', en: 'Suppliers without e-mail, to contact yourself' })}</h2>
<table><thead><tr><th scope="col">Fournisseur / Supplier</th><th scope="col">Contact</th></tr></thead><tbody>
${need.withoutEmail.map((contact) => html`<tr>${contactCells(contact)}</tr>\n`)}
</tbody></table>`
  : ''}
<p><a href="/needs/${need.id}/follow.csv?${query}">Télécharger en CSV <span lang="en">(download as CSV)</span></a></p>
${need.status === 'closed' || need.status === 'rejected'
  ? ''
  : html`<form method="post" action="/needs/${need.id}/close"><input type="hidden" name="token" value="${token}">
<button type="submit" class="secondary">Clore ce besoin <span lang="en">/ Close this need</span></button></form>`}`;
}

function outcomeForm(id: string, token: string, title: string, invalid = false) {
  return html`<h1>${title || bilingual({ fr: 'Résultat du besoin', en: 'Outcome of the need' })}</h1>
${invalid ? html`<p class="error" role="alert">Choisissez une réponse ; le montant est un nombre entier d'euros. <span lang="en">Choose an answer; the amount is a whole number of euros.</span></p>` : ''}
<form method="post" action="/needs/${id}/outcome"><input type="hidden" name="token" value="${token}">
<fieldset><legend>Avez-vous signé un contrat avec un fournisseur inclusif ? <span lang="en">Did you sign a contract with an inclusive supplier?</span></legend>
<label><input type="radio" name="signed" value="yes" required>Oui <span lang="en">(yes)</span></label>
<label><input type="radio" name="signed" value="no">Non <span lang="en">(no)</span></label>
<label><input type="radio" name="signed" value="unknown">Je ne sais pas encore <span lang="en">(not yet known)</span></label>
</fieldset>
<label for="amount">Montant du contrat en euros (facultatif) <span lang="en">Contract amount in euros (optional)</span>
<input type="number" id="amount" name="amount" min="0" step="1" inputmode="numeric"></label>
<button type="submit">Envoyer <span lang="en">/ Send</span></button>
</form>`;
}
