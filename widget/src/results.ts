/** The place and filters bar, the results with their states (loading, empty, error) and the pagination. */
import { html, nothing } from 'lit';
import type { Hit, SearchResponse } from '../../sdk/src/types.js';
import { renderCard, renderDetail, type CardContext } from './card.js';
import type { Strings } from './i18n.js';
import { renderNeedCta, type OnNeed } from './need-cta.js';
import { hasFilters, type SearchState } from './state.js';

/** Radii offered around a commune, in km; none means "can serve", the perimeter rule. */
export const radii = [10, 30, 50, 100];

export interface ResultsView extends CardContext {
  state: SearchState;
  /** The last search's response, kept while the next one runs. */
  response: SearchResponse | undefined;
  failed: boolean;
  /** Why the failure is the site's key (key-refusal.ts), shown instead of a retry. */
  refusal?: string;
  /** The hit whose full card is open. */
  selected: Hit | undefined;
  onOpen: (hit: Hit) => void;
  onBack: () => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  onClear: () => void;
  onPlace: (radiusKm: number | undefined) => void;
  onRemovePlace: () => void;
  /** "Post a need"; absent when the site turned needs off. */
  onNeed?: OnNeed;
}

export function renderToolbar(view: ResultsView) {
  const { t, state } = view;
  const { place } = state;
  if (!place && !hasFilters(state)) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${place
      ? html`<span class="chip" part="place">
          <span>${t.place} : ${place.name}</span>
          <button type="button" class="remove" aria-label=${t.removePlace(place.name)} @click=${view.onRemovePlace}>×</button>
        </span>`
      : nothing}
    ${place?.point
      ? html`<label class="scope">
          <span>${t.scope}</span>
          <select part="radius" @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            view.onPlace(value ? Number(value) : undefined);
          }}>
            <option value="" ?selected=${!state.radiusKm}>${t.serves}</option>
            ${radii.map((km) => html`<option value=${km} ?selected=${state.radiusKm === km}>${t.within(km)}</option>`)}
          </select>
        </label>`
      : nothing}
    ${hasFilters(state)
      ? html`<button type="button" class="link clear" part="clear" @click=${view.onClear}>${t.clearFilters}</button>`
      : nothing}
  </div>`;
}

function renderEmpty(view: ResultsView) {
  const { t, state } = view;
  return html`<div class="empty" part="empty">
    <p class="empty-title">${t.emptyTitle}</p>
    <ul>
      ${t.emptyHints.map((hint) => html`<li>${hint}</li>`)}
    </ul>
    <p class="actions">
      ${state.place
        ? html`<button type="button" class="secondary" @click=${view.onRemovePlace}>${t.anywhere}</button>`
        : nothing}
      ${hasFilters(state) ? html`<button type="button" class="secondary" @click=${view.onClear}>${t.clearFilters}</button>` : nothing}
    </p>
    ${renderNeedCta(t, view.onNeed, true)}
  </div>`;
}

function renderError(t: Strings, onRetry: () => void, refusal: string | undefined) {
  return html`<div class="error" part="error" role="alert">
    <p>${refusal ?? t.error}</p>
    ${refusal ? nothing : html`<button type="button" @click=${onRetry}>${t.retry}</button>`}
  </div>`;
}

function renderPagination(view: ResultsView, response: SearchResponse) {
  const { t } = view;
  if (response.pages <= 1) return nothing;
  const { page, pages } = response;
  return html`<nav class="pagination" part="pagination" aria-label=${t.pagination}>
    <button type="button" class="secondary" part="page-previous" ?disabled=${page <= 1} @click=${() => view.onPage(page - 1)}>
      ${t.previous}
    </button>
    <span class="page" aria-current="page">${t.pageOf(page, pages)}</span>
    <button type="button" class="secondary" part="page-next" ?disabled=${page >= pages} @click=${() => view.onPage(page + 1)}>
      ${t.next}
    </button>
  </nav>`;
}

export function renderResults(view: ResultsView) {
  const { t, response, selected } = view;
  let content: unknown = nothing;
  if (selected) content = renderDetail(selected, view, view.onBack);
  else if (view.failed) content = renderError(t, view.onRetry, view.refusal);
  else if (response && !response.hits.length) content = renderEmpty(view);
  else if (response)
    content = html`<ol class="hits" part="hits">
        ${response.hits.map((hit) => renderCard(hit, view, view.onOpen))}
      </ol>
      ${renderPagination(view, response)} ${renderNeedCta(t, view.onNeed, false)}`;
  return html`<div class="results" part="results">
    <p class="loading" part="loading" aria-hidden="true">${t.loading}</p>
    ${content}
  </div>`;
}
