/**
 * The part of the need form that says who receives the need: sectors, place, kinds of
 * supplier, service types and the social clause, all prefilled from the search.
 */
import { html, nothing } from 'lit';
import type { SectorSlug, Taxonomy } from '../../sdk/src/types.js';
import type { Lang } from './i18n.js';
import type { NeedStrings } from './need-i18n.js';
import { check, checks, described, errorText, selectField } from './need-fields.js';
import type { NeedDraft, NeedErrors, NeedField, NeedPlace } from './need-form.js';

export interface ScopeView {
  t: NeedStrings;
  lang: Lang;
  taxonomy: Taxonomy | undefined;
  draft: NeedDraft;
  errors: NeedErrors;
  /** The place of the search, by its name, when the taxonomy's lists do not have it (a commune). */
  place: { id: string; name: string } | undefined;
  onToggle: (key: 'sectors' | 'kinds' | 'prestaTypes', value: string, on: boolean) => void;
  onChange: (patch: Partial<NeedDraft>, edited: NeedField | undefined) => void;
}

/**
 * The sectors chosen, as checkboxes (untick to remove), and a select to add one: 154
 * sectors would be too many boxes, and the search has usually chosen them already.
 */
function sectors({ t, lang, taxonomy, draft, errors, onToggle }: ScopeView) {
  const names = new Map(taxonomy?.sectorGroups.flatMap((group) => group.sectors.map((s) => [s.slug, s.label[lang]] as const)));
  const add = described({ t, field: 'sectors', label: t.addSector, error: errors.sectors });
  return html`<fieldset class="checks">
    <legend>${t.sectors}</legend>
    ${errors.sectors ? html`<p class="field-error" id="${add.id}-error">${errorText(t, errors.sectors)}</p>` : nothing}
    ${draft.sectors.map((slug) => check(names.get(slug) ?? slug, true, (on) => onToggle('sectors', slug, on)))}
    <label for=${add.id}>${t.addSector}</label>
    <select
      id=${add.id}
      aria-describedby=${add.describedBy ?? nothing}
      aria-invalid=${add.invalid ?? nothing}
      @change=${(event: Event) => {
        const select = event.target as HTMLSelectElement;
        const slug = select.value as SectorSlug;
        if (slug && !draft.sectors.includes(slug)) onToggle('sectors', slug, true);
        select.value = '';
      }}
    >
      <option value="">${t.choose}</option>
      ${taxonomy?.sectorGroups.map(
        (group) => html`<optgroup label=${group.label[lang]}>
          ${group.sectors.map((sector) => html`<option value=${sector.slug}>${sector.label[lang]}</option>`)}
        </optgroup>`,
      )}
    </select>
  </fieldset>`;
}

/** One place: the search's, a region, a department, or all of France. */
function place({ t, taxonomy, draft, errors, place, onChange }: ScopeView) {
  const option = (value: string, label: string) => html`<option value=${value} ?selected=${draft.place === value}>${label}</option>`;
  const listed = place && taxonomy && /^(department|region):/.test(place.id);
  return selectField({
    t,
    field: 'place',
    label: t.place,
    error: errors.place,
    onChange: (value) => onChange({ place: value as NeedPlace }, 'place'),
    options: html`${option('', t.choose)} ${place && !listed ? option(place.id, place.name) : nothing}
      ${option('nationwide', t.nationwide)}
      <optgroup label=${t.regions}>${taxonomy?.regions.map((region) => option(`region:${region.code}`, region.name))}</optgroup>
      <optgroup label=${t.departments}>
        ${taxonomy?.departments.map((department) => option(`department:${department.code}`, `${department.code} – ${department.name}`))}
      </optgroup>`,
  });
}

export function renderScope(view: ScopeView) {
  const { t, lang, taxonomy, draft, onToggle, onChange } = view;
  return html`${sectors(view)} ${place(view)}
  ${checks({
    name: 'kinds',
    legend: t.supplierKinds,
    hint: t.supplierKindsHint,
    chosen: draft.kinds,
    options: (taxonomy?.kinds ?? []).map((kind) => ({ value: kind.code, label: kind.label[lang] })),
    onToggle: (kind, on) => onToggle('kinds', kind, on),
  })}
  ${checks({
    name: 'presta',
    legend: t.prestaTypes,
    chosen: draft.prestaTypes,
    options: (taxonomy?.prestaTypes ?? []).map((type) => ({ value: type.code, label: type.label[lang] })),
    onToggle: (type, on) => onToggle('prestaTypes', type, on),
  })}
  ${check(t.socialClause, draft.socialClause, (socialClause) => onChange({ socialClause }, undefined))}`;
}
