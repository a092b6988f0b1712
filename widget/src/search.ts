import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState as notYet } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import { createClient, type InclusifClient } from '../../sdk/src/index.js';
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
  SectorGroupSlug,
  SectorSlug,
  Suggestion,
} from '../../sdk/src/types.js';
import { comboboxKey, orderSuggestions, renderCombobox } from './combobox.js';
import { renderFacets } from './facets.js';
import { FirstRenderController } from './first-render.js';
import { keyRefusal, logKeyRefusal } from './key-refusal.js';
import { strings } from './i18n.js';
import { createNames } from './names.js';
import { renderResults, renderToolbar, type ResultsView } from './results.js';
import { styles } from './search.styles.js';
import { NarrowController } from './narrow.js';
import * as S from './state.js';
import { UrlStateController } from './url-state.js';
import type { Operation } from './events.js';
import type { ContactChannel, ContactView } from './contact.js';
import { NeedController } from './need-controller.js';
import { needCtaStyles } from './need-cta.js';

/** A comma-separated attribute as a list. */
const list = {
  fromAttribute: (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []),
  toAttribute: (value: string[]) => value.join(','),
};

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

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
 * @csspart toolbar - Place and active filters.
 * @csspart status - The announced result count.
 * @csspart filters - The folded refinements (compact or narrow).
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
 * @csspart pagination - The pagination.
 * @fires inclusif-search - The buyer changed the query, a filter, the place or the page (detail: the SearchRequest).
 * @fires inclusif-select - The buyer opened a supplier (detail: { supplier }); cancel it to show your own page.
 * @fires inclusif-error - A request failed (detail: { error, operation }).
 * @fires inclusif-need - The buyer posted a need (detail: { need }: its id, status and recipient counts).
 * @fires inclusif-contact - The buyer used a supplier's e-mail, phone or website (detail: { supplier, channel }).
 */
export class InclusifSearch extends LitElement {
  static override styles = [styles, needCtaStyles];

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
  @property({ type: Number, attribute: 'per-page' }) perPage = 20;
  /** Keeps the search in the page URL (back button included). Read when the element connects. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /** Prefix of the URL parameters, so they do not clash with the page's own. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'is_';
  @property({ type: Boolean, attribute: 'no-facets' }) noFacets = false;
  @property({ type: Boolean, reflect: true }) compact = false;
  /** `off`: no "Publier un besoin" nor "Demander un devis". */
  @property() needs: 'on' | 'off' = 'on';
  /** Named in the subject of the mails buyers write to suppliers; the page's host name by default. */
  @property({ attribute: 'site-name' }) siteName = '';
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

  private api?: InclusifClient;
  private width = new NarrowController(this);
  private loadingTimer?: ReturnType<typeof setTimeout>;
  private url = new UrlStateController(this, (next) => {
    this.search = next;
    this.text = next.q;
    this.selected = undefined;
  });

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

  // Until the first search and the taxonomy are in, nothing: no empty frame that jumps
  // when the results and the filters' names arrive. Without an API, no answer will come.
  private firstRender = new FirstRenderController(
    this,
    () => this.api !== undefined && [this.searchTask, this.taxonomyTask].some((task) => task.status === TaskStatus.PENDING),
    () => this.loadingDelay,
  );

  private need = new NeedController(this, () => ({
    lang: this.lang,
    taxonomy: this.taxonomyTask.value,
    request: this.request(),
    place: this.search.place,
    sectorsOf: (group) => createNames(this.taxonomyTask.value, strings(this.lang).lang).sectorsOf(group),
    findPlace: async (id) => {
      const found = await this.api?.places(id.slice(id.indexOf(':') + 1), { limit: 1 }).catch(() => undefined);
      return found?.places.find((place) => place.id === id);
    },
    post: this.api && ((input) => this.api!.needs.create(input)),
  }));

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
    const { serves, sectors, kinds, networks, families, presta, labels } = this;
    return { serves, sectors, kinds, networks, families, prestaTypes: presta, labels };
  }

  /** The search the element runs now. */
  request(): SearchRequest {
    const facets = this.noFacets ? undefined : S.facetsShown(this.search);
    return S.toRequest(this.search, { presets: this.presets, perPage: this.perPage, facets });
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

  private get suggestions(): Suggestion[] {
    return this.suggestTask.value ?? [];
  }

  private emit(name: keyof HTMLElementEventMap, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  private fail(operation: Operation, error: unknown) {
    if (isAbort(error)) return;
    logKeyRefusal(error);
    this.emit('inclusif-error', { error, operation });
  }

  /** A change made by the buyer: searched, written to the URL and announced. */
  private commit(next: S.SearchState, push: boolean) {
    this.search = next;
    this.selected = undefined;
    this.url.write(next, push);
    this.emit('inclusif-search', this.request());
  }

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

  private onGroupToggle = (name: string, open: boolean) => {
    const next = new Set(this.openedGroups);
    if (open) next.add(name);
    else next.delete(name);
    this.openedGroups = next;
  };

  private onFocusOut = (event: FocusEvent) => {
    if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) this.listOpen = false;
  };

  /** A sector or a place becomes a filter (the text typed to find it goes); a supplier opens. */
  private async choose(index: number) {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.listOpen = false;
    this.active = -1;
    if (suggestion.type === 'supplier') {
      try {
        this.open({ supplier: await this.api!.get(suggestion.id), highlights: [] });
      } catch (error) {
        this.fail('supplier', error);
      }
      return;
    }
    this.text = '';
    let next = S.withQuery(this.search, '');
    if (suggestion.type === 'place') {
      const { id, name, point } = suggestion.place;
      next = S.withPlace(next, { id, name, ...(point && { point }) });
    } else {
      if (!next.refinements.sectorGroups.includes(suggestion.group)) next = S.toggle(next, 'sectorGroups', suggestion.group);
      if (!next.refinements.sectors.includes(suggestion.value)) next = S.toggle(next, 'sectors', suggestion.value);
    }
    this.commit(next, true);
  }

  /** Tells the host; unless it cancels, shows the full card. */
  private open(hit: Hit) {
    if (!this.emit('inclusif-select', { supplier: hit.supplier }, true)) return;
    this.selected = hit;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.detail h2')?.focus());
  }

  private back = () => {
    const id = this.selected?.supplier.id;
    this.selected = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-supplier="${CSS.escape(id ?? '')}"] .open`)?.focus(),
    );
  };

  private contactView(t: ReturnType<typeof strings>['t']): ContactView {
    return {
      t,
      site: this.siteName || location.hostname,
      onContact: (supplier, channel: ContactChannel) => this.emit('inclusif-contact', { supplier, channel }),
      onQuote: this.needs === 'off' ? undefined : (supplier, opener) => void this.need.open(opener, supplier),
    };
  }

  override render() {
    if (!this.firstRender.renders()) return nothing;
    const { t, f, lang } = strings(this.lang);
    const taxonomy = this.taxonomyTask.value;
    const names = createNames(taxonomy, lang);
    const { search, response } = this;
    const view: ResultsView = {
      t,
      names,
      state: search,
      response,
      failed: this.searchTask.status === TaskStatus.ERROR,
      refusal: this.searchTask.status === TaskStatus.ERROR ? keyRefusal(this.searchTask.error, lang) : undefined,
      selected: this.selected,
      onOpen: (hit) => this.open(hit),
      onBack: this.back,
      onPage: (page) => this.commit(S.withPage(search, page), true),
      onRetry: () => void this.searchTask.run(),
      onClear: () => this.commit(S.clearFilters(search), true),
      onPlace: (radiusKm) => this.commit(S.withRadius(search, radiusKm), true),
      onRemovePlace: () => this.commit(S.withPlace(search, undefined), true),
      onNeed: this.needs === 'off' ? undefined : (opener) => void this.need.open(opener),
      contact: this.contactView(t),
    };
    const facets = this.noFacets
      ? nothing
      : renderFacets({
          t,
          f,
          names,
          state: search,
          facets: response?.facets ?? {},
          taxonomy,
          presets: this.presets,
          opened: this.openedGroups,
          onGroupToggle: this.onGroupToggle,
          onToggle: (field, value) => this.commit(S.toggle(search, field, value as never), true),
          onToggleFamily: (family) => this.commit(S.toggleFamily(search, names.kindsOf(family)), true),
          onToggleSectorGroup: (group) =>
            this.commit(S.toggleSectorGroup(search, group as SectorGroupSlug, names.sectorsOf(group) as SectorSlug[]), true),
        });
    const folded = this.compact || this.width.narrow;
    return html`<div class="layout" part="base" lang=${lang}>
      ${renderCombobox({
        t,
        names,
        value: this.text,
        open: this.listOpen,
        active: this.active,
        suggestions: this.suggestions,
        onInput: this.onInput,
        onKeydown: this.onKeydown,
        onChoose: (index) => void this.choose(index),
        onFocusOut: this.onFocusOut,
      })}
      ${renderToolbar(view)}
      <p class="status" part="status" role="status">${response ? t.found(response.found) : ''}</p>
      <div class=${this.noFacets || folded ? 'body single' : 'body'}>
        ${folded && facets !== nothing ? html`<details class="filters" part="filters"><summary>${t.filters}</summary>${facets}</details>` : facets}
        ${renderResults(view)}
      </div>
      ${this.need.render()}
    </div>`;
  }
}
