/** What the results area says when there is nothing to list: no match (and how to widen), a refused key, a failure. */
import { html, nothing } from 'lit';
import { isApiError } from '../../sdk/src/index.js';
import type { Taxonomy } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import { placesServed, searchedText } from './request.js';
import * as S from './state.js';

export interface OutcomeView {
  t: Strings;
  state: S.SearchState;
  presets: S.Presets;
  taxonomy: Taxonomy | undefined;
  onChange: (next: S.SearchState) => void;
}

/** A SIRET typed with or without spaces. */
export const siretOf = (q: string) => {
  const digits = q.replace(/\s/g, '');
  return /^\d{14}$/.test(digits) ? digits : undefined;
};

/**
 * Ways to widen an empty search, one step each, narrowest change first: without the
 * text, without the sectors, the place widened (commune, department, region, France).
 */
export function wideningSteps({ t, state, presets, taxonomy }: OutcomeView): { label: string; next: S.SearchState }[] {
  const steps: { label: string; next: S.SearchState }[] = [];
  const q = searchedText(state.q);
  if (q) steps.push({ label: t.widenWithoutText(q), next: S.withQuery(state, '') });
  if (state.refinements.sectorGroups.length || state.refinements.sectors.length) {
    steps.push({ label: t.widenWithoutSectors, next: S.withoutSectors(state) });
  }
  const served = state.place && state.radiusKm ? [state.place.id] : placesServed(state, presets);
  if (served.length === 1) {
    const wider = S.widerPlace(served[0] as S.ChosenPlace['id'], taxonomy);
    if (wider) steps.push({ label: t.widenTo(wider.name), next: S.withPlace(state, wider) });
  }
  if (served.length) steps.push({ label: t.anywhere, next: S.anywhere(state) });
  return steps;
}

export function renderEmpty(view: OutcomeView) {
  const { t, state, onChange } = view;
  const siret = siretOf(state.q);
  if (siret) {
    return html`<div class="empty" part="empty">
      <p class="empty-title">${t.siretUnknown}</p>
      <p class="actions">
        <button type="button" class="secondary" @click=${() => onChange(S.withQuery(state, siret.slice(0, 9)))}>${t.sirenOthers(siret.slice(0, 9))}</button>
      </p>
    </div>`;
  }
  const steps = wideningSteps(view);
  return html`<div class="empty" part="empty">
    <p class="empty-title">${t.emptyTitle}</p>
    <ul>
      ${t.emptyHints.map((hint) => html`<li>${hint}</li>`)}
    </ul>
    <p class="actions">
      ${steps.map((step) => html`<button type="button" class="secondary widen" @click=${() => onChange(step.next)}>${step.label}</button>`)}
      ${S.hasFilters(state) ? html`<button type="button" class="secondary" @click=${() => onChange(S.clearFilters(state))}>${t.clearFilters}</button>` : nothing}
    </p>
  </div>`;
}

/** A refused key is the webmaster's to fix: say so plainly, no retry that cannot help. */
export function keyRefusal(error: unknown, t: Strings): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 403) return t.keyRefused(location.origin);
  if (error.status === 401) return t.keyUnknown;
  return undefined;
}

export function renderError(t: Strings, error: unknown, onRetry: () => void) {
  const refusal = keyRefusal(error, t);
  return html`<div class="error" part="error" role="alert">
    <p>${refusal ?? t.error}</p>
    ${refusal ? nothing : html`<button type="button" class="secondary" @click=${onRetry}>${t.retry}</button>`}
  </div>`;
}
