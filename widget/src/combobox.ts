/**
 * The query box: a WAI-ARIA 1.2 combobox (an input owning a listbox of suggestions),
 * all in one shadow root so that aria-controls and aria-activedescendant resolve.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Suggestion } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import type { Names } from './names.js';

/** Suggestions grouped by type, in the order the API ranked their first member. */
export function orderSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  const order = [...new Set(suggestions.map((suggestion) => suggestion.type))];
  return order.flatMap((type) => suggestions.filter((suggestion) => suggestion.type === type));
}

/** The option made active by a key, wrapping around; -1 is the input itself. */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (!count) return -1;
  if (key === 'ArrowDown') return active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}

export interface ComboboxState {
  open: boolean;
  /** Index of the active option, -1 for none. */
  active: number;
}

/**
 * What a key does to the combobox (APG "list autocomplete"): arrows open the list or
 * move in it, Enter chooses the active option, Escape closes the list then clears the
 * text. `undefined` when the key is the input's own.
 */
export function comboboxKey(
  key: string,
  { open, active }: ComboboxState,
  count: number,
): (ComboboxState & { choose?: number; clear?: boolean }) | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp':
      if (open) return { open, active: moveActive(active, count, key) };
      return { open: true, active: count ? (key === 'ArrowDown' ? 0 : count - 1) : -1 };
    case 'Enter':
      return open && active >= 0 ? { open: false, active: -1, choose: active } : { open: false, active: -1 };
    case 'Escape':
      return open && count ? { open: false, active: -1 } : { open: false, active: -1, clear: true };
  }
  return undefined;
}

export const optionId = (index: number) => `suggestion-${index}`;

export interface ComboboxView {
  t: Strings;
  names: Names;
  value: string;
  open: boolean;
  active: number;
  /** Already ordered by `orderSuggestions`. */
  suggestions: Suggestion[];
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onChoose: (index: number) => void;
  onFocusOut: (event: FocusEvent) => void;
}

function optionContent(suggestion: Suggestion, t: Strings, names: Names) {
  switch (suggestion.type) {
    case 'supplier':
      return html`<span class="option-main">${suggestion.label}</span>
        <span class="option-extra">${suggestion.city} · ${suggestion.kind}</span>`;
    case 'sector':
      return html`<span class="option-main">${suggestion.label}</span>
        <span class="option-extra">${names.sectorGroup(suggestion.group)}</span>`;
    case 'place': {
      const { place } = suggestion;
      const code = place.type === 'commune' ? (place.postcodes?.[0] ?? place.department) : place.code;
      return html`<span class="option-main">${place.name}${code ? ` (${code})` : ''}</span>
        <span class="option-extra">${t.placeTypes[place.type]}</span>`;
    }
  }
}

export function renderCombobox(view: ComboboxView) {
  const { t, suggestions, active } = view;
  const open = view.open && suggestions.length > 0;
  const groups = [...new Set(suggestions.map((suggestion) => suggestion.type))];
  return html`<div class="combobox" @focusout=${view.onFocusOut}>
    <label class="label" for="query" part="label">${t.searchLabel}</label>
    <input
      id="query"
      part="input"
      type="search"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="suggestions"
      aria-expanded=${open ? 'true' : 'false'}
      aria-activedescendant=${ifDefined(open && active >= 0 ? optionId(active) : undefined)}
      placeholder=${t.placeholder}
      .value=${view.value}
      @input=${view.onInput}
      @keydown=${view.onKeydown}
    />
    <div id="suggestions" part="listbox" role="listbox" aria-label=${t.suggestions} ?hidden=${!open}>
      ${open
        ? groups.map(
            (type) => html`<div role="group" aria-labelledby=${`group-${type}`} part="option-group">
              <div class="group-label" id=${`group-${type}`} role="presentation">${t.suggestionGroups[type]}</div>
              ${suggestions.map((suggestion, index) =>
                suggestion.type === type
                  ? html`<div
                      id=${optionId(index)}
                      part=${index === active ? 'option option-active' : 'option'}
                      class="option"
                      role="option"
                      aria-selected=${index === active ? 'true' : 'false'}
                      @mousedown=${(event: Event) => event.preventDefault()}
                      @click=${() => view.onChoose(index)}
                    >
                      ${optionContent(suggestion, t, view.names)}
                    </div>`
                  : nothing,
              )}
            </div>`,
          )
        : nothing}
    </div>
  </div>`;
}
