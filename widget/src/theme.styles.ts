import { css } from 'lit';

/**
 * What every inclusif-* element shares: the --inclusif-* custom properties and their
 * defaults, close to the French State design system (DSFR) without its identity (no
 * Marianne, the State's own typeface): the page's font, blue accents; every
 * text/background pair passes WCAG 2.1 AA (4.5:1).
 */
export const theme = css`
  :host {
    --inclusif-font-size: 1rem;
    --inclusif-color-text: #161616;
    --inclusif-color-muted: #595959;
    --inclusif-color-background: #ffffff;
    --inclusif-color-surface: #f6f6f6;
    --inclusif-color-accent: #000091;
    --inclusif-color-accent-hover: #1212ff;
    --inclusif-color-on-accent: #ffffff;
    --inclusif-color-accent-light: #e3e3fd;
    --inclusif-color-border: #929292;
    --inclusif-color-error: #ce0500;
    --inclusif-color-focus: #0a76f6;
    --inclusif-radius: 0.25rem;
    --inclusif-spacing: 1rem;
    --inclusif-facets-width: 16rem;

    display: block;
    font-family: var(--inclusif-font-family, inherit);
    font-size: var(--inclusif-font-size);
    line-height: 1.5;
    color: var(--inclusif-color-text);
    background: var(--inclusif-color-background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--inclusif-color-focus);
    outline-offset: 2px;
  }
`;
