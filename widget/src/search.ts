import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { createClient, isApiError, type InclusifClient } from '../../sdk/src/index.js';
import type { Hit, SearchRequest, SearchResponse, Suggestion, Supplier } from '../../sdk/src/types.js';
import { Answers } from './answers.js';
import { comboboxKey } from './combobox.js';
import { FirstRenderController } from './first-render.js';
import { Lookups } from './lookups.js';
import { strings } from './i18n.js';
import { renderLayout } from './layout.js';
import { detailLoaded, loadDetail } from './results.js';
import { NarrowController } from './narrow.js';
import { facetsShown, toRequest } from './request.js';
import { SheetController } from './sheet.js';
import { ShortlistController } from './shortlist.js';
import * as S from './state.js';
import { SearchAttributes } from './search-attributes.js';
import { styles } from './search.styles.js';
import { UrlStateController } from './url-state.js';
import type { Operation } from './events.js';
import type { ContactChannel, ContactView } from './contact.js';
import type { NeedController } from './need-controller.js';
import { needCtaStyles } from './need-cta.js';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Search of inclusive suppliers, to embed in any page.
 * @tagname inclusif-search
 * @cssprop --inclusif-font-family - Font stack (default: the page's own font, inherited).
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
 * @csspart contact - A contact action on a supplier sheet (e-mail, phone, website).
 * @csspart quote - "Demander un devis" on a supplier sheet.
 * @csspart need-cta - The "Publier un besoin" band under the results and in the empty state.
 * @csspart need-open - Its button.
 * @csspart need-dialog - The need form's dialog.
 * @csspart need-submit - The dialog's submit button.
 * @csspart need-privacy - The dialog's personal-data notice.
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
 * @fires inclusif-need - The buyer posted a need (detail: { need }: its id, status and recipient counts).
 * @fires inclusif-contact - The buyer used a supplier's e-mail, phone or website (detail: { supplier, channel }).
 */
export class InclusifSearch extends SearchAttributes {
  static override styles = [styles, needCtaStyles];

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

  private answers = new Answers(this, {
    api: () => this.api,
    text: () => this.text,
    onResults: (response) => (this.response = response),
    onSuggestions: () => (this.active = -1),
    onError: (operation, error) => this.fail(operation, error),
  });

  // Until the first search and the taxonomy are in, nothing: no empty frame that jumps
  // when the results and the filters' names arrive. Without an API, no answer will come.
  private firstRender = new FirstRenderController(
    this,
    // The preset place's name too: its chip must not show a bare code first.
    () => this.answers.awaiting(this.api !== undefined) || this.lookups.presetPlaces.status === TaskStatus.PENDING,
    () => this.loadingDelay,
  );

  /** The need dialog's controller, loaded with it the first time a buyer asks (need-controller.ts). */
  private need?: NeedController;

  /** The query text. Setting it searches without an `inclusif-search` event. */
  get query(): string {
    return this.search.q;
  }
  set query(q: string) {
    this.text = q;
    this.search = S.withQuery(this.search, q);
  }

  /** The search the element runs now. */
  request(): SearchRequest {
    const facets = this.noFacets ? undefined : facetsShown(this.search, this.presets).filter((name) => !this.hiddenFacets.has(name));
    return toRequest(this.search, { presets: this.presets, perPage: this.perPage, facets });
  }

  /** The search and its facet counts; resolves when the current search is done (rejects if it failed). */
  get searchComplete(): Promise<SearchResponse | undefined> {
    return this.answers.search.taskComplete;
  }

  /** Also waits while the first render is held for the first answers (see `firstRender`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    // A sheet being opened loads its view first: a caller awaiting the update sees it open.
    if (this.selected && !detailLoaded()) await loadDetail().catch(() => undefined);
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
    this.answers.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (['endpoint', 'apiKey', 'fetch', 'client'].some((name) => changed.has(name as keyof InclusifSearch))) {
      this.api =
        this.client ?? (this.endpoint ? createClient({ baseUrl: this.endpoint, apiKey: this.apiKey || undefined, fetch: this.fetch }) : undefined);
    }
  }

  protected override updated() {
    // After a page change, the first new result: focused (for keyboards and screen readers) and in view.
    if (!this.pageMoved || this.response?.page !== this.search.page || this.answers.search.status !== TaskStatus.COMPLETE) return;
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
    // The webmaster's mistake, not the buyer's: said in the page and in the console (the words
    // are in a module loaded with the error view, already there when a search fails).
    if (isApiError(error) && (error.status === 401 || error.status === 403)) {
      void import('./key-refusal.js').then(({ logKeyRefusal }) => logKeyRefusal(error));
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
    return this.listOpen ? (this.answers.suggest.value ?? []) : [];
  }

  /** A sector or a place becomes a filter (the text typed to find it goes); a supplier opens. */
  private async choose(index: number) {
    const suggestion = this.answers.suggest.value?.[index];
    if (!suggestion) return;
    this.listOpen = false;
    this.active = -1;
    if (suggestion.type === 'supplier') return this.openById(suggestion.id, true);
    this.text = '';
    this.commit(S.withSuggestion(this.search, suggestion));
  }

  /** A supplier's sheet by id: from the results when there, else asked for. */
  private async openById(id: string, byBuyer = false) {
    try {
      const hit = this.response?.hits.find((one) => one.supplier.id === id) ?? { supplier: await this.api!.get(id), highlights: [] };
      if (byBuyer) this.open(hit);
      else this.show(hit);
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

  /** The sheet; its view renders once loaded (results.ts loadDetail). */
  private show(hit: Hit) {
    this.selected = hit;
    this.shortlistOpen = false;
    if (!detailLoaded()) void loadDetail().then(() => this.requestUpdate(), (error) => this.fail('supplier', error));
    this.focusAfterUpdate('.detail h2');
  }

  private focusAfterUpdate(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private closeSheet() {
    const id = this.selected?.supplier.id;
    this.selected = undefined;
    this.focusAfterUpdate(`[data-supplier="${CSS.escape(id ?? '')}"] .open`);
  }

  private shortlistView?: typeof import('./shortlist-view.js').renderShortlist;

  private async openShortlist(open: boolean) {
    if (open) this.shortlistView ??= (await import('./shortlist-view.js')).renderShortlist;
    this.shortlistOpen = open;
    if (open) this.focusAfterUpdate('#shortlist-title');
  }

  private async openNeed(opener: HTMLElement, supplier?: Supplier) {
    this.need ??= new (await import('./need-controller.js')).NeedController(this, () => ({
      lang: this.lang,
      taxonomy: this.answers.taxonomy.value,
      request: this.request(),
      place: this.search.place,
      api: this.api,
    }));
    await this.need.open(opener, supplier);
  }

  private contactView(t: ReturnType<typeof strings>['t']): ContactView {
    return {
      t,
      site: this.siteName || location.hostname,
      onContact: (supplier, channel: ContactChannel) => {
        this.emit('inclusif-contact', { supplier, channel });
        // Counted in the site's insights, per key and channel, nothing about the buyer; a lost one never troubles them.
        this.api?.track({ type: 'contact', supplierId: supplier.id, channel }).catch(() => undefined);
      },
      onQuote: this.needs === 'off' ? undefined : (supplier, opener) => void this.openNeed(opener, supplier),
    };
  }

  override render() {
    if (!this.firstRender.renders()) return nothing;
    return html`${renderLayout(this, {
      search: this.search,
      presets: this.presets,
      hidden: this.hiddenFacets,
      noFacets: this.noFacets,
      text: this.text,
      listOpen: this.listOpen,
      active: this.active,
      suggestions: this.suggestions,
      response: this.response,
      taxonomy: this.answers.taxonomy.value,
      presetPlaces: this.lookups.presetPlaces.value,
      searchFailed: this.answers.search.status === TaskStatus.ERROR,
      searchError: this.answers.search.error,
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
      onRetry: () => void this.answers.search.run(),
      onGroupsOpened: (groups) => (this.openedGroups = groups),
      onFiltersOpen: (open) => {
        this.filtersOpen = open;
        // Into the panel when it opens, back to its button when it closes.
        this.focusAfterUpdate(open ? '.panel-close' : '.filters-open');
      },
      shortlistView: this.shortlistView,
      onShortlistOpen: (open) => void this.openShortlist(open),
      onNeed: this.needs === 'off' ? undefined : (opener) => void this.openNeed(opener),
      contact: this.contactView(strings(this.lang).t),
    })}${this.need?.render() ?? nothing}`;
  }
}
