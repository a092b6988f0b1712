/** "Ma sélection" in the results area: the kept suppliers, their CSV export and a link to share them. */
import { html } from 'lit';
import type { Strings } from './i18n.js';
import type { Names } from './names.js';
import { shortlistCsv, type KeptSupplier } from './shortlist.js';

export interface ShortlistView {
  t: Strings;
  names: Names;
  suppliers: readonly KeptSupplier[];
  /** The page's URL that opens this shortlist. */
  shareUrl: string;
  onRemove: (supplier: KeptSupplier) => void;
  onClose: () => void;
}

/** Downloads the CSV through a blob link: no server round trip, nothing leaves the page. */
function download(view: ShortlistView) {
  const csv = shortlistCsv(view.suppliers, view.t.csvHeader, view.names.kind, view.names.sector);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'ma-selection-fournisseurs-inclusifs.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

export function renderShortlist(view: ShortlistView) {
  const { t, names, suppliers } = view;
  const copy = (event: Event) => {
    const field = (event.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
    field.select();
    void navigator.clipboard?.writeText(view.shareUrl).catch(() => undefined);
  };
  return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-title">
    <button type="button" class="back" @click=${view.onClose}>${t.shortlistClose}</button>
    <h2 id="shortlist-title" tabindex="-1">${t.shortlist(suppliers.length)}</h2>
    ${suppliers.length
      ? html`<ul class="kept">
            ${suppliers.map(
              (s) => html`<li>
                <span class="kept-name">${s.brand || s.name}</span>
                <span class="kept-extra">${names.kind(s.kind)} · ${s.address.city} · ${t.siret} ${s.siret}</span>
                <button type="button" class="link" aria-label=${t.shortlistRemove(s.brand || s.name)} @click=${() => view.onRemove(s)}>×</button>
              </li>`,
            )}
          </ul>
          <p class="actions">
            <button type="button" part="shortlist-export" @click=${() => download(view)}>${t.shortlistExport}</button>
          </p>
          <p class="share">
            <label><span>${t.shortlistLink}</span> <input type="url" readonly .value=${view.shareUrl} part="shortlist-link" /></label>
            <button type="button" class="secondary" @click=${copy}>${t.shortlistShare}</button>
          </p>`
      : html`<p>${t.shortlistEmpty}</p>`}
  </section>`;
}
