/**
 * A supplier as a card in the results (the full card is detail.ts). Supplier
 * data goes only into text bindings: never HTML, and links only through links.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Hit, Supplier } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import type { ContactView } from './contact.js';
import type { Names } from './names.js';
import { markedName, offersLine, reach, whyMatched } from './explain.js';

export interface CardContext {
  t: Strings;
  names: Names;
  /** Whether a supplier is in the buyer's shortlist. */
  shortlisted: (id: string) => boolean;
  onShortlist: (supplier: Supplier) => void;
  /** The sheet's contact actions (contact.ts). */
  contact?: ContactView;
}

export const displayName = (supplier: Supplier) => supplier.brand?.trim() || supplier.name;

const unique = <T>(values: T[]) => [...new Set(values)];
export const sectorsOf = (supplier: Supplier) => unique(supplier.activities.map((activity) => activity.sector));
export const prestaTypesOf = (supplier: Supplier) => unique(supplier.activities.flatMap((activity) => activity.prestaTypes));

function tags(title: string, values: string[], part: string) {
  if (!values.length) return nothing;
  return html`<div class="tags" part=${part}>
    <span class="visually-hidden">${title} :</span>
    <ul>
      ${values.map((value) => html`<li class="tag">${value}</li>`)}
    </ul>
  </div>`;
}

/** Eligible to reserved lots: what a procurement officer checks first. */
export const eligibleBadge = (supplier: Supplier, { t, names }: CardContext) =>
  names.eligible(supplier.kind) ? html`<span class="badge eligible" part="badge-eligible">${t.socialClauseBadge}</span>` : nothing;

/** Adds to or removes from "Ma sélection"; a toggle button, pressed when kept. */
export function shortlistToggle(supplier: Supplier, { t, shortlisted, onShortlist }: CardContext, name: string) {
  const kept = shortlisted(supplier.id);
  return html`<button type="button" class="link keep" part="shortlist-toggle" aria-pressed=${kept ? 'true' : 'false'} @click=${() => onShortlist(supplier)}>
    <span aria-hidden="true">${kept ? '★' : '☆'}</span> ${t.shortlistAdd[0]} <span class="visually-hidden">${name} </span>${t.shortlistAdd[1]}
  </button>`;
}

export const legalName = (supplier: Supplier, name: string) => (name !== supplier.name ? html`<p class="legal-name">${supplier.name}</p>` : nothing);
export const distance = (distanceKm: number | undefined, t: Strings) =>
  distanceKm !== undefined ? html`<span class="distance"> · ${t.distance(distanceKm)}</span>` : nothing;

/**
 * A card in the results list, as its list item: the button opens the full card. One
 * template with its header inline, unlike the full card's: twenty cards are rendered
 * for every search, and each nested template is one more clone to make.
 */
export function renderCard(hit: Hit, context: CardContext, onOpen: (hit: Hit) => void): TemplateResult {
  const { t, names } = context;
  const { supplier, distanceKm } = hit;
  const name = displayName(supplier);
  const kind = names.kind(supplier.kind);
  const where = reach(supplier, t, names);
  return html`<li><article class="card" part="card" data-supplier=${supplier.id}>
    <header class="card-header">
      <span class="badge" part="badge" title=${kind}>${supplier.kind}</span>${eligibleBadge(supplier, context)}
      <h3 class="name">${markedName(hit, name)}</h3>
      ${legalName(supplier, name)}
      <p class="where"><span>${supplier.address.city}</span>${distance(distanceKm, t)}</p>
    </header>
    <p class="kind">${kind}</p>
    ${where ? html`<p class="reach" part="card-reach">${where}</p>` : nothing}
    ${whyMatched(hit, t)} ${offersLine(supplier, t)}
    ${tags(t.sectors, sectorsOf(supplier).slice(0, 4).map(names.sector), 'card-sectors')}
    ${tags(t.prestaTypes, prestaTypesOf(supplier).map(names.prestaType), 'card-presta-types')}
    <p class="card-actions">
      <button type="button" class="link open" part="card-open" @click=${() => onOpen(hit)}>${t.details(name)}</button>
      ${shortlistToggle(supplier, context, name)}
    </p>
  </article></li>`;
}
