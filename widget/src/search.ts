import { LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState as notYet } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import { createClient, isApiError, type InclusifClient } from '../../sdk/src/index.js';
import type {
  Hit,
  KindCode,
  KindFamily,
  LabelSlug,
  NetworkSlug,
  PlaceId,
  PrestaType,
  SearchRequest,
  SearchResponse,
  SectorSlug,
  Suggestion,
} from '../../sdk/src/types.js';
import { comboboxKey, orderSuggestions } from './combobox.js';
import { FirstRenderController } from './first-render.js';
import { loadLanguage } from './i18n.js';
import { Lookups } from './lookups.js';
import { renderLayout } from './layout.js';
import { NarrowController } from './narrow.js';
import { facetsShown, toRequest } from './request.js';
import { SheetController } from './sheet.js';
import { ShortlistController } from './shortlist.js';
import * as S from './state.js';
import { styles } from './search.styles.js';
import { UrlStateController } from './url-state.js';
import type { Operation } from './events.js';

/** A comma-separated attribute as a list. */
const list = {
  fromAttribute: (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []),
  toAttribute: (value: string[]) => value.join(','),
};

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** `hide-facets` names (the attributes' own) to facet names. */
const hideable: Record<string, string> = {
  kinds: 'kind',
  sectors: 'sectorGroup',
  presta: 'prestaType',
  networks: 'network',
  labels: 'label',
  'social-clause': 'socialClause',
};

/**
 * Search of inclusive suppliers, to embed in any page.
 * @tagname inclusif-search
 * @cssprop --inclusif-font-family - Font stack (Marianne, arial, sans-serif).
 * @cssprop --inclusif-font-size - Base font size.
 * @cssprop --inclusif-color-text - Text colour.
 * @cssprop --inclusif-color-muted - Secondary text colour.
 * @cssprop --inclusif-color-background - Background.
 * @cssprop --inclusif-color-surface - Input and panel background.
 * @cssprop --inclusif-color-accent - Accent (blue France #000091).
 * @cssprop --inclusif-color-accent-hover - Accent on hover.
 * @cssprop --inclusif-color-on-accent - Text on the accent.
 * @cssprop --inclusif-color-accent-light - Light accent (badges).
 * @cssprop --inclusif-color-border - Borders.
 * @cssprop --inclusif-color-error - Errors.
 * @cssprop --inclusif-color-focus - Focus ring.
 * @cssprop --inclusif-radius - Corner radius.
 * @cssprop --inclusif-spacing - Base spacing.
 * @cssprop --inclusif-facets-width - Width of the refinement column.
 * @csspart base - The whole element.
 * @csspart input - The search box.
 * @csspart listbox - The suggestions.
 * @csspart option - One suggestion.
 * @csspart toolbar - Active filters, radius, order and the shortlist button.
 * @csspart chips - The active filters, preset (locked) or chosen (removable).
 * @csspart chip - One active filter; `chip-locked` when the site set it.
 * @csspart interpretation - How the query was read (place, sector, kind), each part removable.
 * @csspart sort - The order of the results.
 * @csspart social-clause - The reserved lots / social clause switch.
 * @csspart badge-eligible - The badge of suppliers eligible to reserved lots.
 * @csspart shortlist-button - Opens "Ma sélection".
 * @csspart shortlist - The kept suppliers, their export and share link.
 * @csspart shortlist-toggle - Adds a supplier to the shortlist or removes it.
 * @csspart status - The announced result count.
 * @csspart filters - The folded refinements (compact or narrow): a button and its panel.
 * @csspart filters-panel - The panel of folded refinements.
 * @csspart filters-done - The panel's "Voir N résultats" button.
 * @csspart facets - The refinement panel.
 * @csspart results - The results.
 * @csspart hits - The list of suppliers.
 * @csspart card - A supplier card.
 * @csspart detail - The opened supplier.
 * @csspart website - A supplier website link.
 * @csspart contact - The contact call-to-action.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart card-reach - Where a supplier works.
 * @csspart card-matched - Why a supplier matched (its marked words).
 * @csspart card-offers - A supplier's first offers.
 * @csspart pagination - The pagination.
 * @csspart page-number - A numbered page.
 * @fires inclusif-search - The buyer changed the query, a filter, the place or the page (detail: the SearchRequest).
 * @fires inclusif-select - The buyer opened a supplier (detail: { supplier }); cancel it to show your own page.
 * @fires inclusif-error - A request failed (detail: { error, operation }).
 */
export class InclusifSearch extends LitElement {
  static override styles = styles;

  /** Where the API is, such as `https://achat-inclusif.example.org`. */
  @property() endpoint = '';
  /** The site's public key. */
  @property({ attribute: 'api-key' }) apiKey = '';
  /** `fr` (default) or `en`. */
  @property() override lang = '';
  /** Preset scope, comma-separated: places the suppliers can serve, until the buyer chooses one. */
  @property({ converter: list }) serves: PlaceId[] = [];
  @property({ converter: list }) sectors: SectorSlug[] = [];
  @property({ converter: list }) kinds: KindCode[] = [];
  @property({ converter: list }) networks: NetworkSlug[] = [];
  @property({ converter: list }) families: KindFamily[] = [];
  @property({ converter: list }) presta: PrestaType[] = [];
  @property({ converter: list }) labels: LabelSlug[] = [];
  /** Only suppliers eligible to reserved lots and the social clause (locked on). */
  @property({ type: Boolean, attribute: 'social-clause' }) socialClause = false;
  /** Facets not to offer: kinds, sectors, presta, networks, labels, social-clause. */
  @property({ converter: list, attribute: 'hide-facets' }) hideFacets: string[] = [];
  @property({ type: Number, attribute: 'per-page' }) perPage = 20;
  /** Keeps the search in the page URL (back button included). Read when the element connects. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /** Prefix of the URL parameters, so they do not clash with the page's own. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'is_';
  @property({ type: Boolean, attribute: 'no-facets' }) noFacets = false;
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Set by the element while a search takes longer than `loadingDelay` ms. */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** A client to use instead of one made from `endpoint`, `api-key` and `fetch`. */
  @property({ attribute: false }) client?: InclusifClient;
  /** A fetch for the client the element makes. */
  @property({ attribute: false }) fetch?: typeof fetch;
  /**
   * Milliseconds before the loading indicator shows, so that fast answers do not flicker;
   * also the longest the element waits for its first answers before it renders its frame.
   */
  @property({ attribute: false }) loadingDelay = 200;

  @state() private search: S.SearchState = S.initialState();
  @state() private text = '';
  @state() private listOpen = false;
  @state() private active = -1;
  @state() private selected?: Hit;
  @state() private response?: SearchResponse;
  @state() private openedGroups: ReadonlySet<string> = new Set();
  @state() private filtersOpen = false;
  @state() private shortlistOpen = false;

  private api?: InclusifClient;
  private width = new NarrowController(this);
  private loadingTimer?: ReturnType<typeof setTimeout>;
  /** Set by a page change: once its results are in, focus goes to the first of them. */
  private pageMoved = false;
  private url = new UrlStateController(this, (next) => {
    this.search = next;
    this.text = next.q;
    this.selected = undefined;
  });
  private sheet = new SheetController(
    this,
    (id) => void this.openById(id),
    () => this.closeSheet(),
  );
  private shortlist = new ShortlistController(this);
  private lookups = new Lookups(
    this,
    () => this.api,
    (suppliers) => {
      this.shortlist.add(suppliers);
      void this.openShortlist(true);
    },
    (error) => this.fail('supplier', error),
  );

  private taxonomyTask = new Task(this, {
    task: ([api], { signal }) => (api ? api.taxonomy({ signal }) : notYet),
    args: () => [this.api] as const,
    onError: (error) => this.fail('taxonomy', error),
  });

  private searchTask = new Task(this, {
    task: async ([api, request], { signal }) => {
      if (!api) return notYet;
      clearTimeout(this.loadingTimer);
      this.loadingTimer = setTimeout(() => (this.loading = true), this.loadingDelay);
      try {
        return await api.search(request, { signal });
      } finally {
        // An aborted run was replaced by a newer one, which owns the indicator now.
        if (!signal.aborted) {
          clearTimeout(this.loadingTimer);
          this.loading = false;
        }
      }
    },
    args: () => [this.api, this.request()] as const,
    argsEqual: deepArrayEquals,
    onComplete: (response) => (this.response = response),
    onError: (error) => this.fail('search', error),
  });

  private languageTask = new Task(this, {
    task: async ([lang]) => loadLanguage(lang),
    args: () => [this.lang] as const,
  });

  // Until the first search and the taxonomy are in, nothing: no empty frame that jumps
  // when the results and the filters' names arrive. Without an API, no answer will come.
  private firstRender = new FirstRenderController(
    this,
    () =>
      this.languageTask.status === TaskStatus.PENDING ||
      (this.api !== undefined && [this.searchTask, this.taxonomyTask].some((task) => task.status === TaskStatus.PENDING)),
    () => this.loadingDelay,
  );

  private suggestTask = new Task(this, {
    task: async ([api, text], { signal }): Promise<Suggestion[]> => {
      if (!api || text.length < 2) return [];
      // The same keystroke's search goes first, alone, and its results are rendered before
      // the suggestions are asked for: both would share the server and this thread, and the
      // results matter more than the suggestions.
      await this.searchTask.taskComplete.catch(() => {});
      await this.updateComplete;
      signal.throwIfAborted();
      return orderSuggestions((await api.suggest(text, { signal })).suggestions);
    },
    args: () => [this.api, this.text.trim()] as const,
    onComplete: () => (this.active = -1),
    onError: (error) => this.fail('suggest', error),
  });

  /** The query text. Setting it searches without an `inclusif-search` event. */
  get query(): string {
    return this.search.q;
  }
  set query(q: string) {
    this.text = q;
    this.search = S.withQuery(this.search, q);
  }

  private get presets(): S.Presets {
    const { serves, sectors, kinds, networks, families, presta, labels, socialClause } = this;
    return { serves, sectors, kinds, networks, families, prestaTypes: presta, labels, socialClause };
  }

  /** The facet groups the site hid, by facet name. */
  private get hiddenFacets(): ReadonlySet<string> {
    return new Set(this.hideFacets.map((name) => hideable[name] ?? name));
  }

  /** The search the element runs now. */
  request(): SearchRequest {
    const facets = this.noFacets ? undefined : facetsShown(this.search, this.presets).filter((name) => !this.hiddenFacets.has(name));
    return toRequest(this.search, { presets: this.presets, perPage: this.perPage, facets });
  }

  /** The search and its facet counts; resolves when the current search is done (rejects if it failed). */
  get searchComplete(): Promise<SearchResponse | undefined> {
    return this.searchTask.taskComplete;
  }

  /** Also waits while the first render is held for the first answers (see `firstRender`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.firstRender.holding) return done;
    await this.firstRender.released;
    return super.getUpdateComplete();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.urlState) {
      this.search = this.url.read();
      this.text = this.search.q;
      const id = this.sheet.read();
      if (id) void this.updateComplete.then(() => this.openById(id));
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.loadingTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (['endpoint', 'apiKey', 'fetch', 'client'].some((name) => changed.has(name as keyof InclusifSearch))) {
      this.api =
        this.client ?? (this.endpoint ? createClient({ baseUrl: this.endpoint, apiKey: this.apiKey || undefined, fetch: this.fetch }) : undefined);
    }
  }

  protected override updated() {
    // After a page change, the first new result: focused (for keyboards and screen readers) and in view.
    if (!this.pageMoved || this.response?.page !== this.search.page || this.searchTask.status !== TaskStatus.COMPLETE) return;
    this.pageMoved = false;
    const first = this.renderRoot.querySelector<HTMLElement>('.hits .open');
    first?.focus();
    first?.closest('.card')?.scrollIntoView({ block: 'start' });
  }

  private emit(name: keyof HTMLElementEventMap, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  private fail(operation: Operation, error: unknown) {
    if (isAbort(error)) return;
    // The webmaster's mistake, not the buyer's: said in the page and in the console.
    if (isApiError(error) && (error.status === 401 || error.status === 403)) {
      console.error(`<inclusif-search>: ${error.status} ${error.code}: ${error.message}`);
    }
    this.emit('inclusif-error', { error, operation });
  }

  /** A change made by the buyer: searched, written to the URL and announced. */
  private commit = (next: S.SearchState, push = true) => {
    this.search = next;
    if (this.selected) this.sheet.forget();
    this.selected = undefined;
    this.shortlistOpen = false;
    this.url.write(next, push);
    this.emit('inclusif-search', this.request());
  };

  private onInput = (event: InputEvent) => {
    this.text = (event.target as HTMLInputElement).value;
    this.listOpen = true;
    this.active = -1;
    this.commit(S.withQuery(this.search, this.text), false);
  };

  private onKeydown = (event: KeyboardEvent) => {
    const next = comboboxKey(event.key, { open: this.listOpen, active: this.active }, this.suggestions.length);
    if (!next) return;
    event.preventDefault();
    this.listOpen = next.open;
    this.active = next.active;
    if (next.choose !== undefined) void this.choose(next.choose);
    if (next.clear && this.text) {
      this.text = '';
      this.commit(S.withQuery(this.search, ''), false);
    }
  };

  private get suggestions(): Suggestion[] {
    return this.listOpen ? (this.suggestTask.value ?? []) : [];
  }

  /** A sector or a place becomes a filter (the text typed to find it goes); a supplier opens. */
  private async choose(index: number) {
    const suggestion = this.suggestTask.value?.[index];
    if (!suggestion) return;
    this.listOpen = false;
    this.active = -1;
    if (suggestion.type === 'supplier') return this.openById(suggestion.id, true);
    this.text = '';
    let next = S.withQuery(this.search, '');
    if (suggestion.type === 'place') {
      const { id, name, point } = suggestion.place;
      next = S.withPlace(next, { id, name, ...(point && { point }) });
    } else {
      if (!next.refinements.sectorGroups.includes(suggestion.group)) next = S.toggle(next, 'sectorGroups', suggestion.group);
      if (!next.refinements.sectors.includes(suggestion.value)) next = S.toggle(next, 'sectors', suggestion.value);
    }
    this.commit(next);
  }

  /** A supplier's sheet by id: from the results when there, else asked for. */
  private async openById(id: string, byBuyer = false) {
    const hit = this.response?.hits.find((one) => one.supplier.id === id);
    if (hit) return byBuyer ? this.open(hit) : this.show(hit);
    try {
      const found = { supplier: await this.api!.get(id), highlights: [] };
      if (byBuyer) this.open(found);
      else this.show(found);
    } catch (error) {
      this.fail('supplier', error);
    }
  }

  /** Tells the host; unless it cancels, shows the full card, in a history entry of its own. */
  private open = (hit: Hit) => {
    if (!this.emit('inclusif-select', { supplier: hit.supplier }, true)) return;
    this.sheet.opened(hit.supplier.id);
    this.show(hit);
  };

  private show(hit: Hit) {
    this.selected = hit;
    this.shortlistOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.detail h2')?.focus());
  }

  private closeSheet() {
    const id = this.selected?.supplier.id;
    this.selected = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-supplier="${CSS.escape(id ?? '')}"] .open`)?.focus(),
    );
  }

  private shortlistView?: typeof import('./shortlist-view.js').renderShortlist;

  private async openShortlist(open: boolean) {
    if (open) this.shortlistView ??= (await import('./shortlist-view.js')).renderShortlist;
    this.shortlistOpen = open;
    if (open) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#shortlist-title')?.focus());
  }

  override render() {
    if (!this.firstRender.renders()) return nothing;
    return renderLayout(this, {
      search: this.search,
      presets: this.presets,
      hidden: this.hiddenFacets,
      noFacets: this.noFacets,
      text: this.text,
      listOpen: this.listOpen,
      active: this.active,
      suggestions: this.suggestions,
      response: this.response,
      taxonomy: this.taxonomyTask.value,
      presetPlaces: this.lookups.presetPlaces.value,
      searchFailed: this.searchTask.status === TaskStatus.ERROR,
      searchError: this.searchTask.error,
      selected: this.selected,
      folded: !this.noFacets && (this.compact || this.width.narrow),
      filtersOpen: this.filtersOpen,
      shortlistOpen: this.shortlistOpen,
      shortlist: this.shortlist,
      openedGroups: this.openedGroups,
      commit: this.commit,
      onInput: this.onInput,
      onKeydown: this.onKeydown,
      onChoose: (index) => void this.choose(index),
      onListClosed: () => (this.listOpen = false),
      onOpen: this.open,
      onBack: () => this.sheet.closed(),
      onPage: (page) => {
        this.pageMoved = true;
        this.commit(S.withPage(this.search, page));
      },
      onRetry: () => void this.searchTask.run(),
      onGroupsOpened: (groups) => (this.openedGroups = groups),
      onFiltersOpen: (open) => {
        this.filtersOpen = open;
        // Into the panel when it opens, back to its button when it closes.
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(open ? '.panel-close' : '.filters-open')?.focus());
      },
      shortlistView: this.shortlistView,
      onShortlistOpen: (open) => void this.openShortlist(open),
    });
  }
}
