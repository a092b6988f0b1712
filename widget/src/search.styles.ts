import { css } from 'lit';
import { cardStyles } from './card.styles.js';
import { partStyles } from './parts.styles.js';
import { theme } from './theme.styles.js';

const base = css`
  .combobox {
    position: relative;
    margin-bottom: calc(var(--inclusif-spacing) / 2);
  }
  .label {
    display: block;
    margin-bottom: 0.25rem;
  }
  input[type='search'] {
    width: 100%;
    font: inherit;
    color: inherit;
    padding: 0.5rem 1rem;
    background: var(--inclusif-color-surface);
    border: 0;
    border-bottom: 2px solid var(--inclusif-color-text);
    border-radius: var(--inclusif-radius) var(--inclusif-radius) 0 0;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    left: 0;
    right: 0;
    max-height: 20rem;
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem 0;
    background: var(--inclusif-color-background);
    border: 1px solid var(--inclusif-color-border);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.16);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .group-label {
    padding: 0.25rem 1rem;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--inclusif-color-muted);
  }
  .option {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.5rem 1rem;
    cursor: pointer;
  }
  .option[aria-selected='true'],
  .option:hover {
    background: var(--inclusif-color-accent-light);
    color: var(--inclusif-color-accent);
  }
  .option-extra {
    font-size: 0.875em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.25rem 0.125rem 0.75rem;
    border-radius: 1rem;
    background: var(--inclusif-color-accent-light);
    color: var(--inclusif-color-accent);
  }
  .scope {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  select,
  button {
    font: inherit;
  }
  button {
    cursor: pointer;
    padding: 0.5rem 1rem;
    border: 1px solid var(--inclusif-color-accent);
    border-radius: var(--inclusif-radius);
    background: var(--inclusif-color-accent);
    color: var(--inclusif-color-on-accent);
  }
  button:hover:not([disabled]) {
    background: var(--inclusif-color-accent-hover);
  }
  button.secondary,
  button.link,
  button.remove,
  button.back {
    background: transparent;
    color: var(--inclusif-color-accent);
  }
  button.link,
  button.remove {
    border: 0;
    padding: 0.25rem 0.5rem;
    text-decoration: underline;
  }
  button.secondary:hover:not([disabled]),
  button.link:hover,
  button.remove:hover,
  button.back:hover {
    background: var(--inclusif-color-accent-light);
  }
  button[disabled] {
    cursor: not-allowed;
    border-color: #e5e5e5;
    background: #e5e5e5;
    color: #666666;
  }
  .status {
    margin: 0.5rem 0;
    font-weight: 700;
  }
  .body {
    display: grid;
    gap: var(--inclusif-spacing);
    grid-template-columns: var(--inclusif-facets-width) 1fr;
    align-items: start;
  }
  .body.single {
    grid-template-columns: 1fr;
  }
  .facet {
    border-bottom: 1px solid var(--inclusif-color-border);
    padding: 0.5rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .choices {
    list-style: none;
    margin: 0.25rem 0;
    padding: 0;
  }
  .choices .choices {
    padding-left: 1.5rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.125rem 0;
    cursor: pointer;
  }
  .choice input {
    accent-color: var(--inclusif-color-accent);
  }
  .choice-label {
    flex: 1;
  }
  .count {
    font-size: 0.875em;
    color: var(--inclusif-color-muted);
  }
  .loading {
    display: none;
    color: var(--inclusif-color-muted);
  }
  :host([loading]) .loading {
    display: block;
  }
  :host([loading]) .hits {
    opacity: 0.6;
  }
  .empty,
  .error {
    padding: var(--inclusif-spacing);
    background: var(--inclusif-color-surface);
  }
  .error {
    border-left: 4px solid var(--inclusif-color-error);
  }
  .pagination {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 1rem;
    margin-top: var(--inclusif-spacing);
  }
  @media (max-width: 48rem) {
    .body {
      grid-template-columns: 1fr;
    }
  }
`;

export const styles = [theme, base, cardStyles, partStyles];
