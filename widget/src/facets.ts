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
import { effective, type Presets, type RefinementField, type SearchState } from './state.js';

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
  onSocialClause: (on: boolean) => void;
  /** Facets the site hid (`hide-facets`), by facet name, and `socialClause`. */
  hidden: ReadonlySet<string>;
}

interface Choice {
  value: string;
  label: string;
  /** Unknown until the first counts are in: then none is shown rather than a false 0. */
  count: number | undefined;
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
  const counted = !!view.facets[facet];
  const chosen = effective(view.state, field, view.presets) as string[];
  const preset = view.presets[field] as string[] | undefined;
  // A chosen value is offered in its own list only: a kind of the other family is not this family's.
  const values = [...new Set([...(known ?? [...count.keys()]), ...chosen.filter((value) => !known || known.includes(value))])].filter(
    (value) => !preset?.length || preset.includes(value),
  );
  return values
    .map((value) => ({ value, label: label(value), count: counted ? (count.get(value) ?? 0) : undefined }))
    .filter((choice) => !!choice.count || chosen.includes(choice.value) || (known && !counted));
}

/** One option as its list item, with what it opens (`after`): one template, not two, per option. */
function option(view: FacetsView, choice: Choice, checked: boolean, onChange: () => void, indeterminate = false, after: unknown = nothing, locked = false) {
  return html`<li>
    <label class="choice">
      <input type="checkbox" .checked=${checked} .indeterminate=${indeterminate} ?disabled=${locked} @change=${onChange} />
      <span class="choice-label">${choice.label}${locked ? html`<span class="visually-hidden"> (${view.t.lockedBySite})</span>` : nothing}</span>
      ${choice.count === undefined ? nothing : html`<span class="count">${view.f.number(choice.count)}</span>`}
    </label>
    ${after}
  </li>`;
}

function list(view: FacetsView, field: RefinementField, options: Choice[]) {
  const chosen = effective(view.state, field, view.presets) as string[];
  // The site's only value cannot be unticked: the scope stays.
  const lockedAlone = (view.presets[field]?.length ?? 0) === 1;
  return html`<ul class="choices">
    ${options.map((choice) =>
      option(view, choice, chosen.includes(choice.value), () => view.onToggle(field, choice.value), false, nothing, lockedAlone),
    )}
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
  const chosen = effective(view.state, 'kinds', presets);
  const families = (['insertion', 'handicap'] as const).filter((family) => !presets.families?.length || presets.families.includes(family));
  const blocks = families.map((family) => {
    const options = choices(view, 'kinds', 'kind', names.kind, names.kindsOf(family));
    if (!options.length) return nothing;
    const all = options.every((choice) => chosen.includes(choice.value as never));
    const some = options.some((choice) => chosen.includes(choice.value as never));
    const total = view.facets.kind ? names.kindsOf(family).reduce((sum, kind) => sum + (count.get(kind) ?? 0), 0) : undefined;
    const familyChoice = { value: family, label: t.families[family], count: total };
    return option(view, familyChoice, all, () => view.onToggleFamily(family), some && !all, list(view, 'kinds', options));
  });
  // Without the taxonomy the families are unknown: a flat list of the facet's kinds.
  if (!view.taxonomy) return list(view, 'kinds', choices(view, 'kinds', 'kind', names.kind));
  return html`<ul class="choices families">${blocks}</ul>`;
}

/** Groups holding a preset sector: shown ticked (by the site, locked) with their sectors open. */
function presetGroups(view: FacetsView): string[] {
  const preset = view.presets.sectors ?? [];
  return (view.taxonomy?.sectorGroups ?? []).filter((group) => group.sectors.some((sector) => preset.includes(sector.slug))).map((group) => group.slug);
}

function sectorGroups(view: FacetsView) {
  const { names, t } = view;
  const chosen = view.state.refinements.sectorGroups as string[];
  const bySite = presetGroups(view);
  const offered = choices(view, 'sectorGroups', 'sectorGroup', names.sectorGroup);
  for (const group of bySite) {
    if (!offered.some((choice) => choice.value === group)) offered.push({ value: group, label: names.sectorGroup(group), count: undefined });
  }
  return html`<ul class="choices">
    ${offered.map((choice) => {
      const locked = bySite.includes(choice.value);
      const open = locked || chosen.includes(choice.value);
      const inner = open ? choices(view, 'sectors', 'sector', names.sector, names.sectorsOf(choice.value)) : [];
      const sectors = inner.length
        ? html`<div role="group" aria-label=${t.sectorsOf(choice.label)}>${list(view, 'sectors', inner)}</div>`
        : nothing;
      return option(view, choice, open, () => view.onToggleSectorGroup(choice.value), false, sectors, locked);
    })}
  </ul>`;
}

/** Reserved lots and the social clause: one switch a procurement officer needs, above the lists. */
function socialClause(view: FacetsView) {
  const { t, state, presets } = view;
  return html`<label class="choice social-clause" part="social-clause">
    <input type="checkbox" .checked=${!!presets.socialClause || state.socialClause} ?disabled=${!!presets.socialClause}
      @change=${(event: Event) => view.onSocialClause((event.target as HTMLInputElement).checked)} />
    <span class="choice-label">${t.socialClause}${presets.socialClause ? html`<span class="visually-hidden"> (${t.lockedBySite})</span>` : nothing}</span>
  </label>`;
}

export function renderFacets(view: FacetsView) {
  const { t, names, taxonomy, state } = view;
  const known = <T>(values: T[] | undefined, key: (value: T) => string) => values?.map(key);
  const active = (field: RefinementField) => state.refinements[field].length > 0 || !!view.presets[field]?.length;
  const shown = (name: string, content: () => unknown) => (view.hidden.has(name) ? nothing : content());
  return html`<div class="facets" part="facets" role="group" aria-label=${t.filters}>
    ${shown('socialClause', () => socialClause(view))}
    ${shown('kind', () => group(view, 'kind', t.facets.kind, true, () => kinds(view)))}
    ${shown('sectorGroup', () => group(view, 'sectorGroup', t.facets.sectorGroup, active('sectorGroups') || active('sectors'), () => sectorGroups(view)))}
    ${shown('prestaType', () =>
      group(view, 'prestaType', t.facets.prestaType, active('prestaTypes'), () =>
        list(view, 'prestaTypes', choices(view, 'prestaTypes', 'prestaType', names.prestaType, known(taxonomy?.prestaTypes, (p) => p.code))),
      ),
    )}
    ${shown('network', () =>
      group(view, 'network', t.facets.network, active('networks'), () =>
        list(view, 'networks', choices(view, 'networks', 'network', names.network, known(taxonomy?.networks, (n) => n.slug))),
      ),
    )}
    ${shown('label', () =>
      group(view, 'label', t.facets.label, active('labels'), () =>
        list(view, 'labels', choices(view, 'labels', 'label', names.label, known(taxonomy?.labels, (l) => l.slug))),
      ),
    )}
  </div>`;
}
