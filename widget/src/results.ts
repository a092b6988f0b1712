/** The results with their states (loading, empty, error), the open sheet, and the numbered pages. */
import { html, nothing } from 'lit';
import type { Hit, SearchResponse } from '../../sdk/src/types.js';
import { renderCard, type CardContext } from './card.js';
import type { Strings } from './i18n.js';
import type { OutcomeView } from './outcomes.js';
import { renderNeedCta } from './need-cta.js';

/** Empty and failed searches are rarer than results: what they say is a module loaded when first needed. */
let outcomes: typeof import('./outcomes.js') | undefined;

/** Loads the empty and error views; the search awaits it before it answers with nothing or fails. */
export async function loadOutcomes(): Promise<void> {
  outcomes ??= await import('./outcomes.js');
}

/** A sheet is opened less often than results are shown: its view is a module loaded when first needed. */
let detail: typeof import('./detail.js') | undefined;
let detailLoading: Promise<void> | undefined;

/** Loads the sheet's view (once: every caller waits for the same load). */
export function loadDetail(): Promise<void> {
  detailLoading ??= import('./detail.js').then((module) => void (detail = module));
  return detailLoading;
}

export const detailLoaded = () => detail !== undefined;

/** Said when even the error view could not load (the network is down). */
const plainError = (t: Strings) => html`<div class="error" part="error" role="alert"><p>${t.error}</p></div>`;

export interface ResultsView extends CardContext, OutcomeView {
  /** The last search's response, kept while the next one runs. */
  response: SearchResponse | undefined;
  /** The last search's error, when it failed. */
  error: unknown;
  failed: boolean;
  /** The hit whose full card is open. */
  selected: Hit | undefined;
  onOpen: (hit: Hit) => void;
  onBack: () => void;
  onPage: (page: number) => void;
  onRetry: () => void;
}

/** The pages to offer: the first, the last, and two either side of the current one; 0 marks a gap. */
export function pageNumbers(page: number, pages: number): number[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [0, n] : [n]));
}

function renderPagination(view: ResultsView, response: SearchResponse) {
  const { t } = view;
  if (response.pages <= 1) return nothing;
  const { page, pages } = response;
  return html`<nav class="pagination" part="pagination" aria-label=${t.pagination}>
    <button type="button" class="secondary" part="page-previous" ?disabled=${page <= 1} @click=${() => view.onPage(page - 1)}>
      ${t.previous}
    </button>
    <ul class="pages">
      ${pageNumbers(page, pages).map((n) =>
        n === 0
          ? html`<li aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="secondary page-number"
                part="page-number"
                aria-label=${t.pageNumber(n)}
                aria-current=${n === page ? 'page' : 'false'}
                @click=${() => n !== page && view.onPage(n)}
              >
                ${n}
              </button>
            </li>`,
      )}
    </ul>
    <button type="button" class="secondary" part="page-next" ?disabled=${page >= pages} @click=${() => view.onPage(page + 1)}>
      ${t.next}
    </button>
  </nav>`;
}

export function renderResults(view: ResultsView) {
  const { t, response, selected } = view;
  let content: unknown = nothing;
  if (selected && detail) content = detail.renderDetail(selected, view, view.onBack);
  else if (view.failed) content = outcomes ? outcomes.renderError(t, view.lang, view.error, view.onRetry) : plainError(t);
  else if (response && !response.hits.length) content = outcomes?.renderEmpty(view) ?? plainError(t);
  else if (response)
    content = html`<ol class="hits" part="hits" start=${(response.page - 1) * response.perPage + 1}>
        ${response.hits.map((hit) => renderCard(hit, view, view.onOpen))}
      </ol>
      ${renderPagination(view, response)} ${renderNeedCta(t, view.onNeed, false)}`;
  return html`<div class="results" part="results">
    <p class="loading" part="loading" aria-hidden="true">${t.loading}</p>
    ${content}
  </div>`;
}
