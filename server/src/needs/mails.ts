/**
 * The mails of the needs flow, rendered once when enqueued: plain text and accessible
 * HTML (language marked, real headings, links that say where they go), French first,
 * no remote image. Every value is escaped: supplier and buyer text is never markup.
 */
import type { MailMessage } from '../mail/types.js';
import { html, type SafeHtml } from '../html/index.js';
import { dateLabel, NEED_AMOUNT_LABELS, NEED_KIND_LABELS } from './labels.js';
import type { Recipient } from './matching.js';
import type { NeedRecord } from './store.js';

export interface MailContext {
  /** A link to the page, token included. */
  link: (path: string, token: string) => string;
  /** The domain Message-IDs are made in, e.g. the public host. */
  messageDomain: string;
}

interface Part {
  heading: string;
  paragraphs: string[];
  /** The one action, as a link. */
  action?: { label: string; url: string };
  /** A second link, after the action. */
  secondary?: { label: string; url: string };
}

/** A mail in two languages: the French part, then the English one. */
function compose(to: string, subject: string, messageId: string, fr: Part, en: Part, replyTo?: string): MailMessage {
  const textOf = (part: Part) =>
    [
      part.heading,
      '',
      ...part.paragraphs.flatMap((p) => [p, '']),
      ...(part.action ? [`${part.action.label} : ${part.action.url}`, ''] : []),
      ...(part.secondary ? [`${part.secondary.label} : ${part.secondary.url}`, ''] : []),
    ].join('\n');
  const htmlOf = (part: Part, lang: string): SafeHtml => html`<section lang="${lang}">
<h2 style="font-size:1.25rem;color:#161616">${part.heading}</h2>
${part.paragraphs.map((p) => html`<p style="white-space:pre-line">${p}</p>\n`)}
${part.action ? html`<p><a href="${part.action.url}" style="display:inline-block;background:#000091;color:#ffffff;padding:.5rem 1rem;text-decoration:none">${part.action.label}</a></p>` : ''}
${part.secondary ? html`<p><a href="${part.secondary.url}" style="color:#000091">${part.secondary.label}</a></p>` : ''}
</section>`;
  const body = html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family:Marianne,Arial,sans-serif;line-height:1.5;color:#161616;max-width:40rem;margin:auto;padding:1rem">
${htmlOf(fr, 'fr')}
<hr>
${htmlOf(en, 'en')}
</body></html>`;
  const message: MailMessage = { to, subject, text: `${textOf(fr)}\n----\n\n${textOf(en)}`, html: body.value, messageId };
  if (replyTo) message.replyTo = replyTo;
  return message;
}

function summary(need: NeedRecord, lang: 'fr' | 'en'): string {
  const kind = NEED_KIND_LABELS[need.kind][lang];
  const amount = NEED_AMOUNT_LABELS[need.amount][lang];
  const deadline = dateLabel(need.deadline)[lang];
  return lang === 'fr'
    ? `${kind} · ${amount} · réponse avant le ${deadline}`
    : `${kind} · ${amount} · answer by ${deadline}`;
}

export function buyerConfirmMail(need: NeedRecord, tokens: { confirm: string; follow: string }, context: MailContext): MailMessage {
  const confirm = context.link(`/needs/${need.id}/confirm`, tokens.confirm);
  const follow = context.link(`/needs/${need.id}/follow`, tokens.follow);
  const found = need.recipientsFound;
  return compose(
    need.buyer!.email,
    `Confirmez votre besoin / Confirm your need: ${need.title}`,
    `<confirm.${need.id}@${context.messageDomain}>`,
    {
      heading: `Confirmez votre besoin « ${need.title} »`,
      paragraphs: [
        `Bonjour ${need.buyer!.name},`,
        `Votre besoin sera envoyé à ${found} fournisseur${found > 1 ? 's' : ''} inclusif${found > 1 ? 's' : ''} dès que vous aurez confirmé votre adresse. Rien n'est envoyé avant.`,
        summary(need, 'fr'),
        'Gardez ce message : le second lien vous permet de suivre les réponses.',
      ],
      action: { label: 'Confirmer et envoyer mon besoin', url: confirm },
      secondary: { label: 'Suivre mon besoin', url: follow },
    },
    {
      heading: `Confirm your need "${need.title}"`,
      paragraphs: [
        `Hello ${need.buyer!.name},`,
        `Your need goes to ${found} inclusive supplier${found === 1 ? '' : 's'} as soon as you confirm your address. Nothing is sent before.`,
        summary(need, 'en'),
        'Keep this message: the second link follows the answers.',
      ],
      action: { label: 'Confirm and send my need', url: confirm },
      secondary: { label: 'Follow my need', url: follow },
    },
  );
}

export function supplierNeedMail(need: NeedRecord, recipient: Recipient, answerToken: string, context: MailContext): MailMessage {
  const answer = context.link(`/needs/${need.id}/answer`, answerToken);
  const organisation = need.buyer?.organisation ?? '';
  return compose(
    recipient.email!,
    `Nouveau besoin / New need: ${need.title}`,
    `<need.${need.id}.${recipient.supplierId}@${context.messageDomain}>`,
    {
      heading: need.title,
      paragraphs: [
        `${organisation} cherche un fournisseur inclusif qui puisse répondre à ce besoin. Vous le recevez parce que ${recipient.name} peut intervenir sur ce secteur et ce lieu.`,
        summary(need, 'fr'),
        need.description,
        'Dites à l’acheteur si vous êtes intéressé : il recevra vos coordonnées.',
      ],
      action: { label: 'Répondre : intéressé ou pas', url: answer },
    },
    {
      heading: need.title,
      paragraphs: [
        `${organisation} is looking for an inclusive supplier for this need. You receive it because ${recipient.name} works in this sector and place.`,
        summary(need, 'en'),
        'Tell the buyer whether you are interested: they will receive your contact details.',
      ],
      action: { label: 'Answer: interested or not', url: answer },
    },
  );
}

export function buyerInterestedMail(need: NeedRecord, recipient: Recipient, message: string | undefined, followToken: string, context: MailContext): MailMessage {
  const follow = context.link(`/needs/${need.id}/follow`, followToken);
  const contacts = [recipient.email, recipient.phone, recipient.website].filter(Boolean).join(' · ');
  const who = recipient.brand ? `${recipient.brand} (${recipient.name})` : recipient.name;
  return compose(
    need.buyer!.email,
    `Un fournisseur est intéressé / A supplier is interested: ${need.title}`,
    `<interested.${need.id}.${recipient.supplierId}@${context.messageDomain}>`,
    {
      heading: `${who} est intéressé par « ${need.title} »`,
      paragraphs: [`${who}, ${recipient.city} : ${contacts}`, ...(message ? [`Son message : ${message}`] : [])],
      action: { label: 'Voir toutes les réponses', url: follow },
    },
    {
      heading: `${who} is interested in "${need.title}"`,
      paragraphs: [`${who}, ${recipient.city}: ${contacts}`, ...(message ? [`Their message: ${message}`] : [])],
      action: { label: 'See every answer', url: follow },
    },
    recipient.email,
  );
}

export function buyerOutcomeMail(need: NeedRecord, outcomeToken: string, context: MailContext): MailMessage {
  const outcome = context.link(`/needs/${need.id}/outcome`, outcomeToken);
  return compose(
    need.buyer!.email,
    `Votre besoin a-t-il abouti ? / Did your need lead to a contract? ${need.title}`,
    `<outcome.${need.id}@${context.messageDomain}>`,
    {
      heading: `« ${need.title} » : avez-vous signé avec un fournisseur inclusif ?`,
      paragraphs: ['Deux questions, une minute : votre réponse mesure les emplois que créent les achats inclusifs.'],
      action: { label: 'Répondre', url: outcome },
    },
    {
      heading: `"${need.title}": did you sign with an inclusive supplier?`,
      paragraphs: ['Two questions, one minute: your answer measures the jobs inclusive purchasing creates.'],
      action: { label: 'Answer', url: outcome },
    },
  );
}
