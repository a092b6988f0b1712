/**
 * A supplier as a card in the results, and as the full card (detail view). Supplier
 * data goes only into text bindings: never HTML, and links only through links.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Hit, Supplier } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import { renderContact, type ContactView } from './contact.js';
import type { Names } from './names.js';

export interface CardContext {
  t: Strings;
  names: Names;
  /** The sheet's contact actions (contact.ts). */
  contact?: ContactView;
}

export const displayName = (supplier: Supplier) => supplier.brand?.trim() || supplier.name;

const unique = <T>(values: T[]) => [...new Set(values)];
const sectorsOf = (supplier: Supplier) => unique(supplier.activities.map((activity) => activity.sector));
const prestaTypesOf = (supplier: Supplier) => unique(supplier.activities.flatMap((activity) => activity.prestaTypes));

function tags(title: string, values: string[], part: string) {
  if (!values.length) return nothing;
  return html`<div class="tags" part=${part}>
    <span class="visually-hidden">${title} :</span>
    <ul>
      ${values.map((value) => html`<li class="tag">${value}</li>`)}
    </ul>
  </div>`;
}

const legalName = (supplier: Supplier, name: string) => (name !== supplier.name ? html`<p class="legal-name">${supplier.name}</p>` : nothing);
const distance = (distanceKm: number | undefined, t: Strings) =>
  distanceKm !== undefined ? html`<span class="distance"> · ${t.distance(distanceKm)}</span>` : nothing;

/**
 * A card in the results list, as its list item: the button opens the full card. One
 * template with its header inline, unlike the full card's: twenty cards are rendered
 * for every search, and each nested template is one more clone to make.
 */
export function renderCard(hit: Hit, { t, names }: CardContext, onOpen: (hit: Hit) => void): TemplateResult {
  const { supplier, distanceKm } = hit;
  const name = displayName(supplier);
  const kind = names.kind(supplier.kind);
  return html`<li><article class="card" part="card" data-supplier=${supplier.id}>
    <header class="card-header">
      <span class="badge" part="badge" title=${kind}>${supplier.kind}</span>
      <h3 class="name">${name}</h3>
      ${legalName(supplier, name)}
      <p class="where"><span>${supplier.address.city}</span>${distance(distanceKm, t)}</p>
    </header>
    <p class="kind">${kind}</p>
    ${tags(t.sectors, sectorsOf(supplier).slice(0, 4).map(names.sector), 'card-sectors')}
    ${tags(t.prestaTypes, prestaTypesOf(supplier).map(names.prestaType), 'card-presta-types')}
    <button type="button" class="open" part="card-open" @click=${() => onOpen(hit)}>${t.details(name)}</button>
  </article></li>`;
}

function section(title: string, content: unknown) {
  return html`<section class="detail-section"><h3>${title}</h3>${content}</section>`;
}

/** The full card, with what a buyer needs to get in touch. */
export function renderDetail(hit: Hit, context: CardContext, onBack: () => void): TemplateResult {
  const { supplier, distanceKm } = hit;
  const { t, names } = context;
  const { inclusive, permanent } = supplier.employees ?? {};
  return html`<article class="card detail" part="card detail">
    <button type="button" class="back" part="back" @click=${onBack}>${t.back}</button>
    <header class="card-header">
      <span class="badge" part="badge" title=${names.kind(supplier.kind)}>${supplier.kind}</span>
      <h2 class="name" tabindex="-1">${displayName(supplier)}</h2>
      ${legalName(supplier, displayName(supplier))}
      <p class="where"><span>${supplier.address.city}</span>${distance(distanceKm, t)}</p>
    </header>
    <p class="kind">${names.kind(supplier.kind)} · ${t.siret} ${supplier.siret}</p>
    ${supplier.description ? html`<p class="description">${supplier.description}</p>` : nothing}
    ${context.contact ? renderContact(supplier, context.contact) : nothing}
    ${section(t.sectors, html`<ul>${sectorsOf(supplier).map((sector) => html`<li>${names.sector(sector)}</li>`)}</ul>`)}
    ${section(t.prestaTypes, html`<ul>${prestaTypesOf(supplier).map((type) => html`<li>${names.prestaType(type)}</li>`)}</ul>`)}
    ${supplier.offers.length
      ? section(
          t.offers,
          html`<ul>
            ${supplier.offers.map(
              (offer) => html`<li><strong>${offer.name}</strong>${offer.description ? html` : ${offer.description}` : nothing}</li>`,
            )}
          </ul>`,
        )
      : nothing}
    ${supplier.clientReferences.length
      ? section(t.clientReferences, html`<ul>${supplier.clientReferences.map((reference) => html`<li>${reference.name}</li>`)}</ul>`)
      : nothing}
    ${inclusive || permanent
      ? section(
          t.impact,
          html`<ul>
            ${inclusive ? html`<li>${t.inclusiveEmployees(inclusive)}</li>` : nothing}
            ${permanent ? html`<li>${t.permanentEmployees(permanent)}</li>` : nothing}
          </ul>`,
        )
      : nothing}
    ${supplier.networks.length ? section(t.networks, html`<ul>${supplier.networks.map((n) => html`<li>${names.network(n)}</li>`)}</ul>`) : nothing}
    ${supplier.labels.length ? section(t.labels, html`<ul>${supplier.labels.map((l) => html`<li>${names.label(l)}</li>`)}</ul>`) : nothing}
    <p class="address">
      ${supplier.address.street ? html`${supplier.address.street}, ` : nothing}${supplier.address.postcode} ${supplier.address.city}
    </p>
  </article>`;
}
