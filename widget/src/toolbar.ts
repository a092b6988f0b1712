/** Above the results: the active filters as chips, the radius around a commune, the order, the shortlist. */
import { html, nothing } from 'lit';
import type { SortOrder } from '../../sdk/src/types.js';
import { renderChips, type ChipsView } from './chips.js';
import { sortOrders } from './request.js';
import * as S from './state.js';

/** Radii offered around a commune, in km; none means "can serve", the perimeter rule. */
export const radii = [10, 30, 50, 100];

export interface ToolbarView extends ChipsView {
  /** Kept suppliers, for the shortlist button. */
  shortlisted: number;
  shortlistOpen: boolean;
  onShortlist: () => void;
}

function radius(view: ToolbarView) {
  const { t, state, onChange } = view;
  if (!state.place?.point) return nothing;
  const onRadius = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    onChange(S.withRadius(state, value ? Number(value) : undefined));
  };
  return html`<label class="scope">
    <span>${t.scope}</span>
    <select part="radius" @change=${onRadius}>
      <option value="" ?selected=${!state.radiusKm}>${t.serves}</option>
      ${radii.map((km) => html`<option value=${km} ?selected=${state.radiusKm === km}>${t.within(km)}</option>`)}
    </select>
  </label>`;
}

function sort(view: ToolbarView) {
  const { t, state, presets, onChange } = view;
  const orders = sortOrders(state, presets);
  const current = state.sort && orders.includes(state.sort) ? state.sort : 'relevance';
  const onSort = (event: Event) => onChange(S.withSort(state, (event.target as HTMLSelectElement).value as SortOrder));
  return html`<label class="scope sort">
    <span>${t.sort}</span>
    <select part="sort" @change=${onSort}>
      ${orders.map((order) => html`<option value=${order} ?selected=${order === current}>${t.sortOrders[order]}</option>`)}
    </select>
  </label>`;
}

export function renderToolbar(view: ToolbarView) {
  const { t, state, onChange } = view;
  return html`<div class="toolbar" part="toolbar">
    ${renderChips(view)}
    <div class="toolbar-row">
      ${radius(view)} ${sort(view)}
      ${S.hasFilters(state)
        ? html`<button type="button" class="link clear" part="clear" @click=${() => onChange(S.clearFilters(state))}>${t.clearFilters}</button>`
        : nothing}
      <button type="button" class="secondary shortlist-button" part="shortlist-button" aria-expanded=${view.shortlistOpen ? 'true' : 'false'} @click=${view.onShortlist}>
        <span aria-hidden="true">★</span> ${t.shortlist(view.shortlisted)}
      </button>
    </div>
  </div>`;
}
