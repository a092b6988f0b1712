import { css } from 'lit';
import { theme } from './theme.styles.js';

const potential = css`
  .potential {
    padding: var(--inclusif-spacing);
    border: 1px solid var(--inclusif-color-border);
    border-left: 4px solid var(--inclusif-color-accent);
  }
  .sentence {
    margin: 0 0 0.75rem;
    font-size: 1.125em;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.75rem;
  }
  .bar .track {
    fill: var(--inclusif-color-accent-light);
  }
  .bar .fill {
    fill: var(--inclusif-color-accent);
  }
  .details {
    margin: 0.5rem 0;
    font-size: 0.875em;
    color: var(--inclusif-color-muted);
  }
  .need {
    color: var(--inclusif-color-accent);
    font-weight: 700;
  }
  .need:hover {
    color: var(--inclusif-color-accent-hover);
  }
  .error {
    color: var(--inclusif-color-error);
  }
`;

export const styles = [theme, potential];
