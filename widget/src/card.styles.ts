import { css } from 'lit';

/** The results list and the supplier cards; custom properties are defined in search.styles.ts. */
export const cardStyles = css`
  .hits {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--inclusif-spacing);
  }
  /* Cards below the fold skip style, layout and paint until scrolled near: a page of
     results then costs its first frame only what shows. */
  .hits > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
  }
  .card {
    padding: var(--inclusif-spacing);
    border: 1px solid var(--inclusif-color-border);
    border-bottom: 3px solid var(--inclusif-color-accent);
    background: var(--inclusif-color-background);
  }
  .card h2,
  .card h3 {
    margin: 0.25rem 0;
    font-size: 1.125em;
  }
  .detail h2 {
    font-size: 1.5em;
  }
  .detail h3 {
    font-size: 1em;
  }
  .card p {
    margin: 0.25rem 0;
  }
  .legal-name,
  .kind,
  .where {
    color: var(--inclusif-color-muted);
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: var(--inclusif-radius);
    background: var(--inclusif-color-accent-light);
    color: var(--inclusif-color-accent);
    font-size: 0.875em;
    font-weight: 700;
  }
  .tags ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
  }
  .tag {
    padding: 0 0.5rem;
    border-radius: 1rem;
    background: var(--inclusif-color-surface);
    font-size: 0.875em;
  }
  a {
    color: var(--inclusif-color-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  a.cta {
    display: inline-block;
    padding: 0.5rem 1rem;
    border-radius: var(--inclusif-radius);
    background: var(--inclusif-color-accent);
    color: var(--inclusif-color-on-accent);
    text-decoration: none;
  }
  a.cta.secondary {
    background: transparent;
    color: var(--inclusif-color-accent);
    border: 1px solid var(--inclusif-color-accent);
  }
`;
