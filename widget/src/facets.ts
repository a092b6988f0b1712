/**
 * The refinement panel: checkbox lists with the counts of the last search. Kinds are
 * grouped by family (insertion / handicap); a chosen sector group opens its sectors.
 * A closed group's options are rendered once it opens: most groups start closed, and
 * their forty-odd checkboxes were most of the work of every render of the panel.
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
  /** Groups the buyer opened (those open by default are rendered anyway). */
  opened: ReadonlySet<string>;
  /** A group was opened or closed by the buyer. */
  onGroupToggle: (name: string, open: boolean) => void;
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

/** One option as its list item, with what it opens (`after`): one template, not two, per option. */
function option(view: FacetsView, choice: Choice, checked: boolean, onChange: () => void, indeterminate = false, after: unknown = nothing) {
  return html`<li>
    <label class="choice">
      <input type="checkbox" .checked=${checked} .indeterminate=${indeterminate} @change=${onChange} />
      <span class="choice-label">${choice.label}</span>
      <span class="count">${view.f.number(choice.count)}</span>
    </label>
    ${after}
  </li>`;
}

function list(view: FacetsView, field: RefinementField, options: Choice[]) {
  const chosen = view.state.refinements[field] as string[];
  return html`<ul class="choices">
    ${options.map((choice) => option(view, choice, chosen.includes(choice.value), () => view.onToggle(field, choice.value)))}
  </ul>`;
}

function group(view: FacetsView, name: string, title: string, open: boolean, content: () => unknown) {
  const shown = open || view.opened.has(name);
  // Only a change of what is rendered is told: the groups open by default fire too.
  const onToggle = (event: Event) => {
    const nowOpen = (event.currentTarget as HTMLDetailsElement).open;
    if (nowOpen ? !shown : view.opened.has(name)) view.onGroupToggle(name, nowOpen);
  };
  return html`<details class="facet" part="facet" ?open=${open} data-facet=${name} @toggle=${onToggle}>
    <summary>${title}</summary>
    <fieldset>
      <legend class="visually-hidden">${title}</legend>
      ${shown ? content() : nothing}
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
    const all = options.every((choice) => chosen.includes(choice.value as never));
    const some = options.some((choice) => chosen.includes(choice.value as never));
    const total = names.kindsOf(family).reduce((sum, kind) => sum + (count.get(kind) ?? 0), 0);
    const familyChoice = { value: family, label: t.families[family], count: total };
    return option(view, familyChoice, all, () => view.onToggleFamily(family), some && !all, list(view, 'kinds', options));
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
      const sectors = inner.length
        ? html`<div role="group" aria-label=${t.sectorsOf(choice.label)}>${list(view, 'sectors', inner)}</div>`
        : nothing;
      return option(view, choice, open, () => view.onToggleSectorGroup(choice.value), false, sectors);
    })}
  </ul>`;
}

export function renderFacets(view: FacetsView) {
  const { t, names, taxonomy, state } = view;
  const known = <T>(values: T[] | undefined, key: (value: T) => string) => values?.map(key);
  const active = (field: RefinementField) => state.refinements[field].length > 0;
  return html`<div class="facets" part="facets" role="group" aria-label=${t.filters}>
    ${group(view, 'kind', t.facets.kind, true, () => kinds(view))}
    ${group(view, 'sectorGroup', t.facets.sectorGroup, active('sectorGroups'), () => sectorGroups(view))}
    ${group(view, 'prestaType', t.facets.prestaType, active('prestaTypes'), () =>
      list(view, 'prestaTypes', choices(view, 'prestaTypes', 'prestaType', names.prestaType, known(taxonomy?.prestaTypes, (p) => p.code))),
    )}
    ${group(view, 'network', t.facets.network, active('networks'), () =>
      list(view, 'networks', choices(view, 'networks', 'network', names.network, known(taxonomy?.networks, (n) => n.slug))),
    )}
    ${group(view, 'label', t.facets.label, active('labels'), () =>
      list(view, 'labels', choices(view, 'labels', 'label', names.label, known(taxonomy?.labels, (l) => l.slug))),
    )}
  </div>`;
}
