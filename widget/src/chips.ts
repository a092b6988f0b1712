/**
 * The active filters as chips above the results, preset or chosen: the buyer sees what
 * the search is limited to, removes a choice in one click, and sees which limits the
 * site set (locked). Also the parts of the query the API read as filters.
 */
import { html, nothing } from 'lit';
import type { Interpretation, InterpretedType } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import type { Names } from './names.js';
import * as S from './state.js';

export interface Chip {
  label: string;
  /** The state without this filter; none when the site set it. */
  remove?: S.SearchState;
}

export interface ChipsContext {
  t: Strings;
  names: Names;
  presets: S.Presets;
  /** Names of the preset places, once known. */
  placeName: (id: string) => string;
}

/** One chip per active filter, in the panel's order; the buyer's choices removable, the site's locked. */
export function activeChips(state: S.SearchState, { t, names, presets, placeName }: ChipsContext): Chip[] {
  const chips: Chip[] = [];
  const { place, radiusKm } = state;
  if (place) {
    const label = `${t.place} : ${place.name}${radiusKm ? ` · ${t.within(radiusKm)}` : ''}`;
    chips.push({ label, remove: S.withPlace(state, undefined) });
  } else if (!state.anywhere && presets.serves?.length) {
    const label = `${t.place} : ${presets.serves.map(placeName).join(', ')}`;
    chips.push({ label, remove: S.anywhere(state) });
  }
  if (presets.socialClause) chips.push({ label: t.socialClauseBadge });
  else if (state.socialClause) chips.push({ label: t.socialClauseBadge, remove: S.withSocialClause(state, false) });
  for (const family of presets.families ?? []) chips.push({ label: t.families[family] });
  const fields: [S.RefinementField, (code: string) => string][] = [
    ['kinds', names.kind],
    ['sectorGroups', names.sectorGroup],
    ['sectors', names.sector],
    ['prestaTypes', names.prestaType],
    ['networks', names.network],
    ['labels', names.label],
  ];
  for (const [field, name] of fields) {
    const chosen = state.refinements[field] as string[];
    // Removing the buyer's choice within a preset goes back to the whole preset.
    for (const value of S.effective(state, field, presets) as string[]) {
      if (!chosen.includes(value)) chips.push({ label: name(value) });
      else if (field === 'sectorGroups') chips.push({ label: name(value), remove: S.toggleSectorGroup(state, value as never, names.sectorsOf(value) as never) });
      else chips.push({ label: name(value), remove: S.toggle(state, field, value as never) });
    }
  }
  return chips;
}

export interface ChipsView extends ChipsContext {
  state: S.SearchState;
  interpretation: Interpretation | undefined;
  onChange: (next: S.SearchState) => void;
}

function chip(t: Strings, { label, remove }: Chip, onChange: (next: S.SearchState) => void) {
  if (!remove) {
    return html`<li class="chip locked" part="chip chip-locked">
      <span>${label}</span><small> (${t.lockedBySite})</small>
    </li>`;
  }
  return html`<li class="chip" part="chip">
    <span>${label}</span>
    <button type="button" class="remove" aria-label=${t.removeFilter(label)} @click=${() => onChange(remove)}>×</button>
  </li>`;
}

export function renderChips(view: ChipsView) {
  const { t, names, state, interpretation, onChange } = view;
  const chips = activeChips(state, view);
  const parts = interpretation?.parts ?? [];
  const typeName = (type: InterpretedType, value: string, label: string) =>
    label || (type === 'kind' ? names.kind(value) : type === 'sector' ? names.sector(value) : value);
  return html`${parts.length
      ? html`<div class="interpretation" part="interpretation">
          <span>${t.understood}</span>
          <ul class="chips">
            ${parts.map(
              (part) => html`<li class="chip" part="chip chip-interpretation">
                <span>${t.interpretationTypes[part.type]} : ${typeName(part.type, part.value, part.label)}</span>
                <button type="button" class="remove" aria-label=${t.keepWords(part.words)} @click=${() => onChange(S.keepLiteral(state, part.type))}>
                  ×
                </button>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${chips.length
      ? html`<ul class="chips" part="chips" aria-label=${t.activeFilters}>
          ${chips.map((one) => chip(t, one, onChange))}
        </ul>`
      : nothing}`;
}
