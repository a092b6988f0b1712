/** What the results area says when there is nothing to list: no match (and how to widen), a refused key, a failure. */
import { html, nothing } from 'lit';
import type { Taxonomy } from '../../sdk/src/types.js';
import type { Lang, Strings } from './i18n.js';
import { keyRefusal } from './key-refusal.js';
import { renderNeedCta, type OnNeed } from './need-cta.js';
import { placesServed, searchedText } from './request.js';
import * as S from './state.js';

/** The outcomes' own strings, French first: loaded with them, not with every page. */
const texts = {
  fr: {
    siretUnknown: 'Ce SIRET n’est pas celui d’une structure inclusive référencée.',
    sirenOthers: (siren: string) => `Voir les autres établissements du SIREN ${siren}`,
    widenWithoutText: (q: string) => `Chercher sans le texte « ${q} »`,
    widenWithoutSectors: 'Chercher dans tous les secteurs',
    widenTo: (place: string) => `Élargir à ${place}`,
    emptyTitle: 'Aucun fournisseur ne correspond à votre recherche.',
    emptyHints: ['Vérifiez l’orthographe ou essayez un terme plus général.', 'Retirez des filtres ou élargissez le lieu.'],
    retry: 'Réessayer',
  },
  en: {
    siretUnknown: 'This SIRET is not that of a listed inclusive supplier.',
    sirenOthers: (siren: string) => `See the other establishments of SIREN ${siren}`,
    widenWithoutText: (q: string) => `Search without the text “${q}”`,
    widenWithoutSectors: 'Search all sectors',
    widenTo: (place: string) => `Widen to ${place}`,
    emptyTitle: 'No supplier matches your search.',
    emptyHints: ['Check the spelling or try a broader term.', 'Remove some filters or widen the place.'],
    retry: 'Try again',
  },
};

export interface OutcomeView {
  t: Strings;
  lang: Lang;
  state: S.SearchState;
  presets: S.Presets;
  taxonomy: Taxonomy | undefined;
  onChange: (next: S.SearchState) => void;
  /** "Post a need"; absent when the site turned needs off. */
  onNeed?: OnNeed;
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
export function wideningSteps({ t, lang, state, presets, taxonomy }: OutcomeView): { label: string; next: S.SearchState }[] {
  const own = texts[lang];
  const steps: { label: string; next: S.SearchState }[] = [];
  const q = searchedText(state.q);
  if (q) steps.push({ label: own.widenWithoutText(q), next: S.withQuery(state, '') });
  if (state.refinements.sectorGroups.length || state.refinements.sectors.length) {
    steps.push({ label: own.widenWithoutSectors, next: S.withoutSectors(state) });
  }
  const served = state.place && state.radiusKm ? [state.place.id] : placesServed(state, presets);
  if (served.length === 1) {
    const wider = S.widerPlace(served[0] as S.ChosenPlace['id'], taxonomy);
    if (wider) steps.push({ label: own.widenTo(wider.name), next: S.withPlace(state, wider) });
  }
  if (served.length) steps.push({ label: t.anywhere, next: S.anywhere(state) });
  return steps;
}

export function renderEmpty(view: OutcomeView) {
  const { t, state, onChange } = view;
  const own = texts[view.lang];
  const siret = siretOf(state.q);
  if (siret) {
    return html`<div class="empty" part="empty">
      <p class="empty-title">${own.siretUnknown}</p>
      <p class="actions">
        <button type="button" class="secondary" @click=${() => onChange(S.withQuery(state, siret.slice(0, 9)))}>${own.sirenOthers(siret.slice(0, 9))}</button>
      </p>
      ${renderNeedCta(t, view.onNeed, true)}
    </div>`;
  }
  const steps = wideningSteps(view);
  return html`<div class="empty" part="empty">
    <p class="empty-title">${own.emptyTitle}</p>
    <ul>
      ${own.emptyHints.map((hint) => html`<li>${hint}</li>`)}
    </ul>
    <p class="actions">
      ${steps.map((step) => html`<button type="button" class="secondary widen" @click=${() => onChange(step.next)}>${step.label}</button>`)}
      ${S.hasFilters(state) ? html`<button type="button" class="secondary" @click=${() => onChange(S.clearFilters(state))}>${t.clearFilters}</button>` : nothing}
    </p>
    ${renderNeedCta(t, view.onNeed, true)}
  </div>`;
}

export function renderError(t: Strings, lang: Lang, error: unknown, onRetry: () => void) {
  const refusal = keyRefusal(error, lang);
  return html`<div class="error" part="error" role="alert">
    <p>${refusal ?? t.error}</p>
    ${refusal ? nothing : html`<button type="button" class="secondary" @click=${onRetry}>${texts[lang].retry}</button>`}
  </div>`;
}
