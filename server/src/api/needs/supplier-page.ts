/**
 * The supplier's page, opened from its mail: the need, "Intéressé" / "Pas intéressé"
 * and an optional message. Opening it counts as "opened"; answering "interested"
 * mails the buyer the supplier's contacts. A plain form: no JavaScript needed.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { html } from '../../html/index.js';
import type { NeedsService } from '../../needs/service.js';
import { findNeed, findRecipient } from '../../needs/store.js';
import type { Tokens } from '../../needs/tokens.js';
import type { Database } from '../../storage/database.js';
import { bilingual, needSummary, notFoundPage, page, refusedLink } from './layout.js';

export const MAX_ANSWER_MESSAGE = 2000;

export function supplierPages({ db, service, tokens }: { db: Database; service: NeedsService; tokens: Tokens }) {
  return new Hono<AppEnv>()
    .get('/:id/answer', async (c) => {
      const id = c.req.param('id');
      const token = c.req.query('token');
      const check = tokens.verify(token, { purpose: 'answer', need: id });
      if (!check.ok) return refusedLink(c, check.reason);
      const need = await findNeed(db, id);
      const recipient = need && (await findRecipient(db, id, check.claims.subject));
      if (!need || !recipient) return notFoundPage(c);
      await service.opened(id, recipient.supplierId);
      const closed = need.status !== 'sent';
      return page(
        c,
        { fr: need.title, en: need.title },
        html`<h1>${need.title}</h1>
${needSummary(need)}
<h2>${bilingual({ fr: 'Votre réponse', en: 'Your answer' })}</h2>
${recipient.answer ? html`<p class="notice" role="status">Vous avez répondu : ${recipient.answer === 'interested' ? 'intéressé' : 'pas intéressé'}. <span lang="en">You answered: ${recipient.answer === 'interested' ? 'interested' : 'not interested'}.</span></p>` : ''}
${closed
  ? html`<p class="notice">Ce besoin ne reçoit plus de réponses. <span lang="en">This need no longer takes answers.</span></p>`
  : html`<form method="post" action="/needs/${id}/answer">
<input type="hidden" name="token" value="${token!}">
<fieldset>
<legend>Ce besoin intéresse-t-il ${recipient.name} ? <span lang="en">Is ${recipient.name} interested?</span></legend>
<label><input type="radio" name="answer" value="interested" required${recipient.answer === 'interested' ? ' checked' : ''}>Intéressé <span lang="en">(interested)</span></label>
<label><input type="radio" name="answer" value="not_interested"${recipient.answer === 'not_interested' ? ' checked' : ''}>Pas intéressé <span lang="en">(not interested)</span></label>
</fieldset>
<label for="message">Message à l'acheteur (facultatif) <span lang="en">Message to the buyer (optional)</span></label>
<textarea id="message" name="message" rows="5" maxlength="${MAX_ANSWER_MESSAGE}">${recipient.message ?? ''}</textarea>
<p>Si vous êtes intéressé, l'acheteur reçoit vos coordonnées et votre message. <span lang="en">If you are interested, the buyer receives your contact details and your message.</span></p>
<button type="submit">Envoyer ma réponse <span lang="en">/ Send my answer</span></button>
</form>`}`,
      );
    })
    .post('/:id/answer', async (c) => {
      const id = c.req.param('id');
      const form = await c.req.parseBody();
      const token = typeof form.token === 'string' ? form.token : undefined;
      const check = tokens.verify(token, { purpose: 'answer', need: id });
      if (!check.ok) return refusedLink(c, check.reason);
      const choice = form.answer;
      const message = typeof form.message === 'string' ? form.message.trim().slice(0, MAX_ANSWER_MESSAGE) : '';
      if (choice !== 'interested' && choice !== 'not_interested') {
        return page(
          c,
          { fr: 'Réponse incomplète', en: 'Incomplete answer' },
          html`<h1>${bilingual({ fr: 'Réponse incomplète', en: 'Incomplete answer' })}</h1>
<p class="error" role="alert">Choisissez « Intéressé » ou « Pas intéressé ». <span lang="en">Choose "interested" or "not interested".</span></p>
<p><a href="/needs/${id}/answer?token=${encodeURIComponent(token!)}">Revenir au besoin <span lang="en">(back to the need)</span></a></p>`,
          400,
        );
      }
      const accepted = await service.answer(id, check.claims.subject, choice, message || undefined);
      if (!accepted) {
        return page(
          c,
          { fr: 'Réponse non enregistrée', en: 'Answer not recorded' },
          html`<h1>${bilingual({ fr: 'Réponse non enregistrée', en: 'Answer not recorded' })}</h1>
<p class="notice" role="status">Ce besoin ne reçoit plus de réponses. <span lang="en">This need no longer takes answers.</span></p>`,
          409,
        );
      }
      return page(
        c,
        { fr: 'Merci pour votre réponse', en: 'Thank you for your answer' },
        html`<h1>${bilingual({ fr: 'Merci pour votre réponse', en: 'Thank you for your answer' })}</h1>
<p role="status">${choice === 'interested'
          ? html`L'acheteur a reçu vos coordonnées. <span lang="en">The buyer has received your contact details.</span>`
          : html`Votre réponse est enregistrée. <span lang="en">Your answer is recorded.</span>`}</p>
<p><a href="/needs/${id}/answer?token=${encodeURIComponent(token!)}">Modifier ma réponse <span lang="en">(change my answer)</span></a></p>`,
      );
    });
}
