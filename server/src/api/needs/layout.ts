/**
 * The server-rendered pages of the needs flow: plain HTML that works without
 * JavaScript, in the spirit of the DSFR (sober, blue #000091, clear focus, large
 * targets) but not the State's identity: no Marianne, no République française block.
 * Every value goes through `html`, which escapes it.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Localized } from '../../../../sdk/src/types.js';
import { html, SafeHtml } from '../../html/index.js';
import type { NeedRecord } from '../../needs/store.js';
import { dateLabel, NEED_AMOUNT_LABELS, NEED_KIND_LABELS } from '../../needs/labels.js';
import type { TokenRefusal } from '../../needs/tokens.js';

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLES = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.5;color:#161616}
body{margin:0;background:#f6f6f6}
header{background:#fff;border-bottom:1px solid #ddd;padding:1rem}
header p{margin:0;font-weight:700;color:#000091}
main{max-width:46rem;margin:1.5rem auto;background:#fff;padding:1.5rem 2rem;border:1px solid #ddd}
h1{font-size:1.75rem;line-height:1.25;margin-top:0}
h2{font-size:1.25rem;margin-top:2rem}
.en{color:#3a3a3a}
.meta{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.meta li{background:#eee;padding:.125rem .5rem;border-radius:.25rem}
.description{white-space:pre-line;border-left:4px solid #000091;padding-left:1rem}
fieldset{border:1px solid #ddd;padding:1rem;margin:1rem 0}
legend{font-weight:700}
label{display:block;margin:.5rem 0}
input[type=radio]{width:1.25rem;height:1.25rem;vertical-align:middle;margin-right:.5rem}
textarea,input[type=number]{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #666;border-bottom:2px solid #3a3a3a;margin-top:.25rem}
button{font:inherit;font-weight:600;background:#000091;color:#fff;border:0;padding:.625rem 1.25rem;cursor:pointer;min-height:2.75rem}
button.secondary{background:#fff;color:#000091;border:1px solid #000091}
a{color:#000091}
:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd;vertical-align:top}
td{overflow-wrap:anywhere}
.notice{background:#e8edff;padding:1rem;border-left:4px solid #000091}
.error{background:#ffe9e9;padding:1rem;border-left:4px solid #ce0500}
dl.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(8rem,1fr));gap:1rem}
dl.counts div{background:#f6f6f6;padding:.75rem}
dl.counts dt{font-size:.875rem}
dl.counts dd{margin:0;font-size:1.5rem;font-weight:700}
@media (max-width:40rem){main{margin:0;padding:1rem;border:0}h1{font-size:1.5rem}th,td{padding:.375rem .25rem}}
`;

export function page(c: Context, title: Localized, body: SafeHtml, status: ContentfulStatusCode = 200): Response {
  const document = html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title.fr} / ${title.en} · achat-inclusif</title>
<style>${new SafeHtml(STYLES)}</style>
</head>
<body>
<header><p>achat-inclusif · besoins / needs</p></header>
<main>
${body}
</main>
</body>
</html>`;
  c.header('Content-Security-Policy', PAGE_CSP);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(document.value, status);
}

/** A title in French, its English after it. */
export const bilingual = (text: Localized) => html`${text.fr} <span class="en" lang="en">/ ${text.en}</span>`;

const REFUSALS: Record<TokenRefusal, Localized> = {
  malformed: { fr: 'Ce lien est incomplet.', en: 'This link is incomplete.' },
  signature: { fr: "Ce lien n'est pas valide : il a été modifié.", en: 'This link is not valid: it was altered.' },
  expired: { fr: 'Ce lien a expiré.', en: 'This link has expired.' },
  purpose: { fr: "Ce lien ne sert pas à cette page.", en: 'This link is not for this page.' },
  need: { fr: "Ce lien concerne un autre besoin.", en: 'This link is for another need.' },
  subject: { fr: "Ce lien concerne un autre destinataire.", en: 'This link is for another recipient.' },
};

/** A refused link: says why, in both languages, with the status an API would use. */
export function refusedLink(c: Context, reason: TokenRefusal): Response {
  const text = REFUSALS[reason];
  return page(
    c,
    { fr: 'Lien refusé', en: 'Link refused' },
    html`<h1>${bilingual({ fr: 'Lien refusé', en: 'Link refused' })}</h1>
<div class="error" role="alert"><p>${text.fr}</p><p lang="en">${text.en}</p></div>
<p>Utilisez le dernier lien reçu par e-mail. <span lang="en">Use the latest link you received by e-mail.</span></p>`,
    reason === 'expired' ? 410 : 403,
  );
}

export function notFoundPage(c: Context): Response {
  return page(
    c,
    { fr: 'Besoin introuvable', en: 'Need not found' },
    html`<h1>${bilingual({ fr: 'Besoin introuvable', en: 'Need not found' })}</h1>`,
    404,
  );
}

/** The need as a supplier or the buyer reads it. */
export function needSummary(need: NeedRecord, withDescription = true): SafeHtml {
  return html`<ul class="meta" aria-label="Caractéristiques / Details">
<li>${NEED_KIND_LABELS[need.kind].fr}</li>
<li>${NEED_AMOUNT_LABELS[need.amount].fr}</li>
<li>Réponse avant le ${dateLabel(need.deadline).fr} <span lang="en">(answer by ${dateLabel(need.deadline).en})</span></li>
${need.startDate ? html`<li>Début le ${dateLabel(need.startDate).fr}</li>` : ''}
${need.reservedLot ? html`<li>Lot réservé <span lang="en">(reserved lot)</span></li>` : ''}
${need.acceptsCoContracting ? html`<li>Co-traitance acceptée <span lang="en">(co-contracting accepted)</span></li>` : ''}
</ul>
${need.buyer ? html`<p>Acheteur <span lang="en">(buyer)</span> : <strong>${need.buyer.organisation}</strong></p>` : ''}
${withDescription ? html`<div class="description">${need.description}</div>` : ''}
${need.externalLink ? html`<p><a href="${need.externalLink}" rel="noopener noreferrer">Documents de la consultation <span lang="en">(tender documents)</span></a></p>` : ''}`;
}
