/**
 * The refinement panel: checkbox lists with the counts of the last search. Kinds are
 * grouped by family (insertion / handicap); a chosen sector group opens its sectors.
 */
import { html, nothing } from 'lit';
import type { FacetCounts, FacetName, KindFamily, Taxonomy } from '../../sdk/src/types.js';
import type { Formatters, Strings } from './i18n.js';
import type { Names } from './names.js';
import type { Presets, RefinementField, SearchState } from './state.js';

export interface FacetsView {
  t: Strings;
  f: Formatters;
  names: Names;
  state: SearchState;
  /** Counts of the last search; kept while the next one runs. */
  facets: FacetCounts;
  taxonomy: Taxonomy | undefined;
  presets: Presets;
  onToggle: (field: RefinementField, value: string) => void;
  onToggleFamily: (family: KindFamily) => void;
  onToggleSectorGroup: (group: string) => void;
}

interface Choice {
  value: string;
  label: string;
  count: number;
}

function counts(facets: FacetCounts, name: FacetName): Map<string, number> {
  return new Map((facets[name] ?? []).map(({ value, count }) => [value, count]));
}

/**
 * The values to offer for a field: the taxonomy's when given (few, stable: presta types,
 * networks, labels), else the facet's; always the chosen ones; within the preset if any.
 * Once counts are in, a value no result has is left out (a federation's members are
 * never ESAT: no "ESAT 0"), unless it is chosen.
 */
function choices(view: FacetsView, field: RefinementField, facet: FacetName, label: (code: string) => string, known?: string[]): Choice[] {
  const count = counts(view.facets, facet);
  const chosen = view.state.refinements[field] as string[];
  const preset = view.presets[field] as string[] | undefined;
  const values = [...new Set([...(known ?? [...count.keys()]), ...chosen])].filter(
    (value) => !preset?.length || preset.includes(value),
  );
  return values
    .map((value) => ({ value, label: label(value), count: count.get(value) ?? 0 }))
    .filter((choice) => choice.count > 0 || chosen.includes(choice.value) || (known && !view.facets[facet]));
}

function checkbox(view: FacetsView, choice: Choice, checked: boolean, onChange: () => void, indeterminate = false) {
  return html`<label class="choice">
    <input type="checkbox" .checked=${checked} .indeterminate=${indeterminate} @change=${onChange} />
    <span class="choice-label">${choice.label}</span>
    <span class="count">${view.f.number(choice.count)}</span>
  </label>`;
}

function list(view: FacetsView, field: RefinementField, options: Choice[]) {
  const chosen = view.state.refinements[field] as string[];
  return html`<ul class="choices">
    ${options.map(
      (choice) => html`<li>${checkbox(view, choice, chosen.includes(choice.value), () => view.onToggle(field, choice.value))}</li>`,
    )}
  </ul>`;
}

function group(title: string, content: unknown, open: boolean, name: string) {
  return html`<details class="facet" part="facet" ?open=${open} data-facet=${name}>
    <summary>${title}</summary>
    <fieldset>
      <legend class="visually-hidden">${title}</legend>
      ${content}
    </fieldset>
  </details>`;
}

function kinds(view: FacetsView) {
  const { t, names, presets } = view;
  const count = counts(view.facets, 'kind');
  const chosen = view.state.refinements.kinds;
  const families = (['insertion', 'handicap'] as const).filter((family) => !presets.families?.length || presets.families.includes(family));
  const blocks = families.map((family) => {
    const options = choices(view, 'kinds', 'kind', names.kind, names.kindsOf(family));
    if (!options.length) return nothing;
    const all = options.every((option) => chosen.includes(option.value as never));
    const some = options.some((option) => chosen.includes(option.value as never));
    const total = names.kindsOf(family).reduce((sum, kind) => sum + (count.get(kind) ?? 0), 0);
    return html`<li>
      ${checkbox(view, { value: family, label: t.families[family], count: total }, all, () => view.onToggleFamily(family), some && !all)}
      ${list(view, 'kinds', options)}
    </li>`;
  });
  // Without the taxonomy the families are unknown: a flat list of the facet's kinds.
  if (!view.taxonomy) return list(view, 'kinds', choices(view, 'kinds', 'kind', names.kind));
  return html`<ul class="choices families">${blocks}</ul>`;
}

function sectorGroups(view: FacetsView) {
  const { names, t } = view;
  const chosen = view.state.refinements.sectorGroups as string[];
  return html`<ul class="choices">
    ${choices(view, 'sectorGroups', 'sectorGroup', names.sectorGroup).map((choice) => {
      const open = chosen.includes(choice.value);
      const inner = open ? choices(view, 'sectors', 'sector', names.sector, names.sectorsOf(choice.value)) : [];
      return html`<li>
        ${checkbox(view, choice, open, () => view.onToggleSectorGroup(choice.value))}
        ${inner.length
          ? html`<div role="group" aria-label=${t.sectorsOf(choice.label)}>${list(view, 'sectors', inner)}</div>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

export function renderFacets(view: FacetsView) {
  const { t, names, taxonomy, state } = view;
  const known = <T>(values: T[] | undefined, key: (value: T) => string) => values?.map(key);
  const active = (field: RefinementField) => state.refinements[field].length > 0;
  return html`<div class="facets" part="facets" role="group" aria-label=${t.filters}>
    ${group(t.facets.kind, kinds(view), true, 'kind')}
    ${group(t.facets.sectorGroup, sectorGroups(view), active('sectorGroups'), 'sectorGroup')}
    ${group(
      t.facets.prestaType,
      list(view, 'prestaTypes', choices(view, 'prestaTypes', 'prestaType', names.prestaType, known(taxonomy?.prestaTypes, (p) => p.code))),
      active('prestaTypes'),
      'prestaType',
    )}
    ${group(
      t.facets.network,
      list(view, 'networks', choices(view, 'networks', 'network', names.network, known(taxonomy?.networks, (n) => n.slug))),
      active('networks'),
      'network',
    )}
    ${group(
      t.facets.label,
      list(view, 'labels', choices(view, 'labels', 'label', names.label, known(taxonomy?.labels, (l) => l.slug))),
      active('labels'),
      'label',
    )}
  </div>`;
}
