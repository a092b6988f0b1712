import { css } from 'lit';

/**
 * The dialog inherits the search element's custom properties (it lives in its shadow
 * root); the fallbacks are the same defaults, for a dialog used on its own.
 */
export const styles = css`
  :host {
    font-family: var(--inclusif-font-family, inherit);
    color: var(--inclusif-color-text, #161616);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--inclusif-radius, 0.25rem);
    background: var(--inclusif-color-background, #ffffff);
    color: inherit;
    font: inherit;
    line-height: 1.5;
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.35);
    /* A field focused or scrolled to is not left under the sticky title. */
    scroll-padding-top: 5rem;
  }
  dialog::backdrop {
    background: rgb(22 22 22 / 0.64);
  }
  :focus-visible {
    outline: 2px solid var(--inclusif-color-focus, #0a76f6);
    outline-offset: 2px;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.75rem 1.5rem;
    background: inherit;
    border-bottom: 1px solid var(--inclusif-color-border, #929292);
  }
  h2 {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.3;
  }
  form,
  .sent {
    padding: 1rem 1.5rem 1.5rem;
  }
  fieldset {
    margin: 0 0 1.5rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
    font-size: 1.125rem;
  }
  fieldset fieldset legend {
    font-size: 1rem;
  }
  .field {
    margin-bottom: 1rem;
  }
  .field label {
    display: block;
    font-weight: 500;
  }
  .hint,
  .optional {
    margin: 0;
    color: var(--inclusif-color-muted, #595959);
    font-size: 0.875em;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    margin-top: 0.25rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--inclusif-color-surface, #f6f6f6);
    border: 0;
    border-bottom: 2px solid var(--inclusif-color-text, #161616);
    border-radius: var(--inclusif-radius, 0.25rem) var(--inclusif-radius, 0.25rem) 0 0;
  }
  textarea {
    resize: vertical;
  }
  .invalid {
    padding-left: 0.75rem;
    border-left: 2px solid var(--inclusif-color-error, #ce0500);
  }
  [aria-invalid='true'] {
    border-bottom-color: var(--inclusif-color-error, #ce0500) !important;
  }
  .field-error {
    margin: 0.25rem 0 0;
    color: var(--inclusif-color-error, #ce0500);
    font-weight: 500;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .check + .field,
  .check + .checks {
    margin-top: 0.75rem;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--inclusif-color-accent, #000091);
  }
  .summary.shown {
    margin-bottom: 1rem;
    padding: 0.5rem 1rem;
    border-left: 4px solid var(--inclusif-color-error, #ce0500);
    color: var(--inclusif-color-error, #ce0500);
    font-weight: 700;
  }
  .summary p {
    margin: 0;
  }
  .intro {
    margin-top: 0;
  }
  .privacy {
    font-size: 0.875em;
    color: var(--inclusif-color-muted, #595959);
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--inclusif-color-accent, #000091);
    border-radius: var(--inclusif-radius, 0.25rem);
    background: var(--inclusif-color-accent, #000091);
    color: var(--inclusif-color-on-accent, #ffffff);
  }
  button:hover {
    background: var(--inclusif-color-accent-hover, #1212ff);
  }
  button.secondary,
  button.close {
    background: transparent;
    color: var(--inclusif-color-accent, #000091);
  }
  button.secondary:hover,
  button.close:hover {
    background: var(--inclusif-color-accent-light, #e3e3fd);
  }
  button.close {
    min-width: 2.75rem;
    border: 0;
    font-size: 1.5rem;
    line-height: 1;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  @media (max-width: 40rem) {
    dialog {
      width: 100vw;
      max-width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      margin: 0;
      border-radius: 0;
    }
    form,
    .sent,
    .head {
      padding-left: 1rem;
      padding-right: 1rem;
    }
    .buttons button {
      flex: 1 1 auto;
    }
  }
`;
