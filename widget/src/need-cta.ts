/**
 * "Post a need", under the results and in the empty state: when the list does not
 * settle it, the buyer describes the need once and every supplier that can meet it
 * hears of it. Also the styles of the contact actions, the other way to a supplier.
 */
import { css, html, nothing } from 'lit';
import type { Strings } from './i18n.js';

/** Opens the need dialog; focus comes back to `opener` when it closes. */
export type OnNeed = (opener: HTMLElement) => void;

export function renderNeedCta(t: Strings, onNeed: OnNeed | undefined, empty: boolean) {
  if (!onNeed) return nothing;
  return html`<div class="need-cta" part="need-cta">
    <p>${empty ? t.needCtaEmpty : t.needCtaResults}</p>
    <button type="button" part="need-open" @click=${(event: Event) => onNeed(event.currentTarget as HTMLElement)}>${t.postNeed}</button>
  </div>`;
}

export const needCtaStyles = css`
  .need-cta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-top: var(--inclusif-spacing);
    padding: var(--inclusif-spacing);
    border: 1px solid var(--inclusif-color-border);
    background: var(--inclusif-color-background);
  }
  .empty .need-cta {
    margin-top: 0;
  }
  .need-cta p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .need-cta button,
  .contact .cta {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .contact button.cta {
    border: 1px solid var(--inclusif-color-accent);
  }
`;
