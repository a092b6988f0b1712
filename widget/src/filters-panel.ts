/**
 * The filters of a narrow element (a phone) or a compact one: folded behind a button that
 * opens them as a full panel over the results, closed by "Voir N résultats", so that the
 * results are never pushed below a long list of checkboxes.
 */
import { html, nothing } from 'lit';
import type { Strings } from './i18n.js';

export interface FiltersPanelView {
  t: Strings;
  /** The refinement panel itself. */
  facets: unknown;
  open: boolean;
  /** The current count, for the closing button. */
  found: number | undefined;
  /** How many filters are active, shown on the opening button. */
  active: number;
  onOpen: () => void;
  onClose: () => void;
}

export function renderFiltersPanel(view: FiltersPanelView) {
  const { t, open } = view;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    view.onClose();
  };
  return html`<div class="filters" part="filters">
    <button type="button" class="secondary filters-open" part="filters-button" aria-expanded=${open ? 'true' : 'false'} @click=${view.onOpen}>
      ${t.filters}${view.active ? ` (${view.active})` : ''}
    </button>
    ${open
      ? html`<div class="panel" part="filters-panel" role="dialog" aria-modal="true" aria-labelledby="filters-title" @keydown=${onKeydown}>
          <div class="panel-header">
            <h2 id="filters-title" class="panel-title">${t.filters}</h2>
            <button type="button" class="remove panel-close" aria-label=${t.closeFilters} @click=${view.onClose}>×</button>
          </div>
          <div class="panel-body">${view.facets}</div>
          <div class="panel-footer">
            <button type="button" class="panel-done" part="filters-done" @click=${view.onClose}>
              ${view.found === undefined ? t.closeFilters : t.showResults(view.found)}
            </button>
          </div>
        </div>`
      : nothing}
  </div>`;
}
