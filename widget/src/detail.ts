/**
 * A supplier's full card (the sheet), with what a buyer needs to get in touch: a module
 * of its own, loaded when a buyer first opens a sheet. Supplier data goes only into
 * text bindings: never HTML, and links only through links.ts (contact.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Hit } from '../../sdk/src/types.js';
import { displayName, distance, eligibleBadge, legalName, prestaTypesOf, sectorsOf, shortlistToggle, type CardContext } from './card.js';
import { renderContact } from './contact.js';
import { reach } from './explain.js';

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
      <span class="badge" part="badge" title=${names.kind(supplier.kind)}>${supplier.kind}</span>${eligibleBadge(supplier, context)}
      <h2 class="name" tabindex="-1">${displayName(supplier)}</h2>
      ${legalName(supplier, displayName(supplier))}
      <p class="where"><span>${supplier.address.city}</span>${distance(distanceKm, t)}</p>
    </header>
    <p class="kind">${names.kind(supplier.kind)} · ${t.siret} ${supplier.siret}</p>
    ${reach(supplier, t, names) ? html`<p class="reach">${reach(supplier, t, names)}</p>` : nothing}
    <p>${shortlistToggle(supplier, context, displayName(supplier))}</p>
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
