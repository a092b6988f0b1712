/**
 * "Ma sélection" in the results area: the kept suppliers, their CSV export and a link to
 * share them. A module of its own, loaded when the buyer first opens it.
 */
import { html } from 'lit';
import type { Lang, Strings } from './i18n.js';
import type { Names } from './names.js';
import type { KeptSupplier } from './shortlist.js';
import { shortlistCsv } from './shortlist-csv.js';

/** The view's own strings, French first: loaded with it, not with every page. */
const texts = {
  fr: {
    empty: 'Votre sélection est vide : ajoutez des fournisseurs depuis les résultats.',
    export: 'Exporter en CSV',
    share: 'Copier le lien de partage',
    link: 'Lien de partage de la sélection',
    close: 'Retour aux résultats',
    remove: (name: string) => `Retirer ${name} de ma sélection`,
    header: ['Nom', 'SIRET', 'Type', 'Adresse', 'Code postal', 'Ville', 'E-mail', 'Téléphone', 'Site internet', 'Secteurs'],
  },
  en: {
    empty: 'Your shortlist is empty: add suppliers from the results.',
    export: 'Export as CSV',
    share: 'Copy the share link',
    link: 'Share link of the shortlist',
    close: 'Back to results',
    remove: (name: string) => `Remove ${name} from my shortlist`,
    header: ['Name', 'SIRET', 'Kind', 'Address', 'Postcode', 'Town', 'Email', 'Phone', 'Website', 'Sectors'],
  },
};

export interface ShortlistView {
  t: Strings;
  lang: Lang;
  names: Names;
  suppliers: readonly KeptSupplier[];
  /** The page's URL that opens this shortlist. */
  shareUrl: string;
  onRemove: (supplier: KeptSupplier) => void;
  onClose: () => void;
}

/** Downloads the CSV through a blob link: no server round trip, nothing leaves the page. */
function download(view: ShortlistView) {
  const csv = shortlistCsv(view.suppliers, texts[view.lang].header, view.names.kind, view.names.sector);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'ma-selection-fournisseurs-inclusifs.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

export function renderShortlist(view: ShortlistView) {
  const { t, names, suppliers } = view;
  const own = texts[view.lang];
  const copy = (event: Event) => {
    const field = (event.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
    field.select();
    void navigator.clipboard?.writeText(view.shareUrl).catch(() => undefined);
  };
  return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-title">
    <button type="button" class="back" @click=${view.onClose}>${own.close}</button>
    <h2 id="shortlist-title" tabindex="-1">${t.shortlist(suppliers.length)}</h2>
    ${suppliers.length
      ? html`<ul class="kept">
            ${suppliers.map(
              (s) => html`<li>
                <span class="kept-name">${s.brand || s.name}</span>
                <span class="kept-extra">${names.kind(s.kind)} · ${s.address.city} · ${t.siret} ${s.siret}</span>
                <button type="button" class="link" aria-label=${own.remove(s.brand || s.name)} @click=${() => view.onRemove(s)}>×</button>
              </li>`,
            )}
          </ul>
          <p class="actions">
            <button type="button" part="shortlist-export" @click=${() => download(view)}>${own.export}</button>
          </p>
          <p class="share">
            <label><span>${own.link}</span> <input type="url" readonly .value=${view.shareUrl} part="shortlist-link" /></label>
            <button type="button" class="secondary" @click=${copy}>${own.share}</button>
          </p>`
      : html`<p>${own.empty}</p>`}
  </section>`;
}
