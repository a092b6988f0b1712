/**
 * The need form's controls: each tied to its label, its hint and its error by ids in the
 * dialog's own shadow root (aria-describedby, aria-invalid), so that a screen reader reads
 * the error with the field it belongs to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NeedStrings } from './need-i18n.js';
import type { FieldError, NeedField } from './need-form.js';

/** The id of a field's control: where its label points and where focus goes on an error. */
export const controlId = (field: NeedField) => `need-${field.replace('.', '-')}`;

/** Our sentence for a problem found here; the API's own message, introduced in the buyer's language, for one it found. */
export const errorText = (t: NeedStrings, error: FieldError) => (typeof error === 'string' ? t.problems[error] : `${t.refused} ${error.server}`);

export interface FieldView {
  t: NeedStrings;
  field: NeedField;
  label: string;
  error: FieldError | undefined;
  hint?: string;
  optional?: boolean;
}

/** What a control needs to be described: its ids, and whether it is invalid. */
export function described({ field, hint, error }: FieldView) {
  const id = controlId(field);
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { id, describedBy: ids || undefined, invalid: error ? 'true' : undefined };
}

function messages(view: FieldView) {
  const { id } = described(view);
  return html`${view.hint ? html`<p class="hint" id="${id}-hint">${view.hint}</p>` : nothing}
  ${view.error ? html`<p class="field-error" id="${id}-error">${errorText(view.t, view.error)}</p>` : nothing}`;
}

/** A label, a control made by `control` with the ids it must carry, the hint and the error. */
export function field(view: FieldView, control: (ids: ReturnType<typeof described>) => TemplateResult) {
  const ids = described(view);
  return html`<div class=${view.error ? 'field invalid' : 'field'}>
    <label for=${ids.id}>${view.label}${view.optional ? html` <span class="optional">${view.t.optional}</span>` : nothing}</label>
    ${messages(view)} ${control(ids)}
  </div>`;
}

export interface TextView extends FieldView {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autocomplete?: string;
  min?: string;
  onInput: (value: string) => void;
}

export function textField(view: TextView) {
  return field(
    view,
    ({ id, describedBy, invalid }) => html`<input
      id=${id}
      type=${view.type ?? 'text'}
      .value=${view.value}
      ?required=${!view.optional}
      min=${ifDefined(view.min)}
      autocomplete=${ifDefined(view.autocomplete)}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${ifDefined(invalid)}
      @input=${(event: Event) => view.onInput((event.target as HTMLInputElement).value)}
    />`,
  );
}

export interface ChecksView<T extends string> {
  legend: string;
  hint?: string;
  options: { value: T; label: string }[];
  chosen: readonly T[];
  onToggle: (value: T, checked: boolean) => void;
  /** Ids are made of it. */
  name: string;
}

/** A group of checkboxes in a fieldset. */
export function checks<T extends string>(view: ChecksView<T>) {
  if (!view.options.length) return nothing;
  const hintId = view.hint ? `need-${view.name}-hint` : undefined;
  return html`<fieldset class="checks" aria-describedby=${ifDefined(hintId)}>
    <legend>${view.legend}</legend>
    ${view.hint ? html`<p class="hint" id=${hintId!}>${view.hint}</p>` : nothing}
    ${view.options.map(
      ({ value, label }) => html`<label class="check">
        <input
          type="checkbox"
          name=${view.name}
          .checked=${view.chosen.includes(value)}
          @change=${(event: Event) => view.onToggle(value, (event.target as HTMLInputElement).checked)}
        />
        <span>${label}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** One checkbox on its own. */
export function check(label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<label class="check">
    <input type="checkbox" .checked=${checked} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
    <span>${label}</span>
  </label>`;
}

export interface SelectView extends FieldView {
  /** The `<option>`s and `<optgroup>`s. */
  options: unknown;
  onChange: (value: string) => void;
}

/** A select tied to its label, hint and error, required unless optional. */
export function selectField(view: SelectView) {
  return field(
    view,
    ({ id, describedBy, invalid }) => html`<select
      id=${id}
      ?required=${!view.optional}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${ifDefined(invalid)}
      @change=${(event: Event) => view.onChange((event.target as HTMLSelectElement).value)}
    >
      ${view.options}
    </select>`,
  );
}
