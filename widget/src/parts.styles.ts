import { css } from 'lit';

/** Chips, the sort, the folded filters panel, pages, the shortlist and card extras; touch targets of 44 px. */
export const partStyles = css`
  button,
  select,
  summary,
  .choice {
    min-height: 44px;
  }
  button.remove {
    min-width: 44px;
  }
  .choice {
    align-items: center;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  summary {
    display: flex;
    align-items: center;
  }
  .toolbar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    width: 100%;
  }
  .shortlist-button {
    margin-left: auto;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip.locked {
    padding-right: 0.75rem;
    background: var(--inclusif-color-surface);
    color: var(--inclusif-color-text);
  }
  .interpretation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  mark {
    background: #fef3c7;
    color: inherit;
    font-weight: 700;
  }
  .badge.eligible {
    margin-left: 0.25rem;
    background: #b8fec9;
    color: #18753c;
  }
  .reach,
  .offers,
  .matched {
    font-size: 0.875em;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  button.keep[aria-pressed='true'] {
    font-weight: 700;
  }
  .pagination {
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .pages {
    display: flex;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
    align-items: center;
  }
  .page-number {
    min-width: 44px;
    padding: 0.5rem;
  }
  .page-number[aria-current='page'] {
    background: var(--inclusif-color-accent);
    color: var(--inclusif-color-on-accent);
  }
  .panel {
    position: fixed;
    inset: 0;
    z-index: 20;
    display: flex;
    flex-direction: column;
    background: var(--inclusif-color-background);
  }
  .panel-header,
  .panel-footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem var(--inclusif-spacing);
    border-bottom: 1px solid var(--inclusif-color-border);
  }
  .panel-footer {
    border-top: 1px solid var(--inclusif-color-border);
    border-bottom: 0;
  }
  .panel-title {
    margin: 0;
    font-size: 1.25em;
  }
  .panel-body {
    flex: 1;
    overflow-y: auto;
    padding: 0 var(--inclusif-spacing);
  }
  .panel-done {
    width: 100%;
  }
  .shortlist .kept {
    list-style: none;
    padding: 0;
  }
  .shortlist .kept li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
    border-bottom: 1px solid var(--inclusif-color-border);
  }
  .kept-name {
    font-weight: 700;
  }
  .kept-extra {
    flex: 1;
    color: var(--inclusif-color-muted);
    font-size: 0.875em;
  }
  .share input {
    width: 100%;
    font: inherit;
    padding: 0.5rem;
  }
`;
