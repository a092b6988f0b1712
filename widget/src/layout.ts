/**
 * The element's frame: the search box, the toolbar, the announced count, the filters
 * (beside the results, or folded into a panel) and the results, the sheet or the shortlist.
 */
import { html, nothing } from 'lit';
import type { Hit, SearchResponse, Suggestion, Taxonomy } from '../../sdk/src/types.js';
import { activeChips } from './chips.js';
import { renderCombobox } from './combobox.js';
import { renderFacets } from './facets.js';
import { renderFiltersPanel } from './filters-panel.js';
import { strings } from './i18n.js';
import { createNames } from './names.js';
import { renderResults } from './results.js';
import type { OnNeed } from './need-cta.js';
import type { ContactView } from './contact.js';
import type { ShortlistController } from './shortlist.js';
import type { renderShortlist } from './shortlist-view.js';
import * as S from './state.js';
import { renderToolbar } from './toolbar.js';

export interface LayoutState {
  search: S.SearchState;
  presets: S.Presets;
  hidden: ReadonlySet<string>;
  noFacets: boolean;
  text: string;
  listOpen: boolean;
  active: number;
  suggestions: Suggestion[];
  response: SearchResponse | undefined;
  taxonomy: Taxonomy | undefined;
  presetPlaces: ReadonlyMap<string, string> | undefined;
  searchFailed: boolean;
  searchError: unknown;
  selected: Hit | undefined;
  folded: boolean;
  filtersOpen: boolean;
  /** The shortlist view, once loaded (it is when `shortlistOpen`). */
  shortlistView: typeof renderShortlist | undefined;
  shortlistOpen: boolean;
  shortlist: ShortlistController;
  openedGroups: ReadonlySet<string>;
  commit: (next: S.SearchState, push?: boolean) => void;
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onChoose: (index: number) => void;
  onListClosed: () => void;
  onOpen: (hit: Hit) => void;
  onBack: () => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  onGroupsOpened: (groups: ReadonlySet<string>) => void;
  onFiltersOpen: (open: boolean) => void;
  onShortlistOpen: (open: boolean) => void;
  /** "Post a need"; absent when the site turned needs off. */
  onNeed?: OnNeed;
  /** The sheet's contact actions. */
  contact?: ContactView;
}

/** The page's URL with the shortlist in it, for the buyer to send. */
function shareUrl(ids: readonly string[], prefix: string): string {
  const params = new URLSearchParams(location.search);
  params.set(`${prefix}selection`, ids.join(','));
  return `${location.origin}${location.pathname}?${params}`;
}

export function renderLayout(host: { lang: string; urlPrefix: string }, view: LayoutState) {
  const { t, f, lang } = strings(host.lang);
  const { taxonomy, search, response, presets, shortlist, commit } = view;
  const names = createNames(taxonomy, lang);
  const department = (id: string) => taxonomy?.departments.find((d) => `department:${d.code}` === id)?.name;
  const placeName = (id: string) => view.presetPlaces?.get(id) ?? department(id) ?? names.zone(id);
  const chipsContext = { t, names, presets, placeName };
  const onGroupToggle = (name: string, open: boolean) => {
    const next = new Set(view.openedGroups);
    if (open) next.add(name);
    else next.delete(name);
    view.onGroupsOpened(next);
  };
  const facets = view.noFacets
    ? nothing
    : renderFacets({
        t,
        f,
        names,
        state: search,
        facets: response?.facets ?? {},
        taxonomy,
        presets,
        hidden: view.hidden,
        opened: view.openedGroups,
        onGroupToggle,
        onToggle: (field, value) => commit(S.toggleWithin(search, field, value as never, presets)),
        onToggleFamily: (family) => commit(S.toggleFamily(search, names.kindsOf(family))),
        onToggleSectorGroup: (group) => commit(S.toggleSectorGroup(search, group as never, names.sectorsOf(group) as never)),
        onSocialClause: (on) => commit(S.withSocialClause(search, on)),
      });
  const onFocusOut = (event: FocusEvent) => {
    if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) view.onListClosed();
  };
  const cards = { t, names, shortlisted: shortlist.has, onShortlist: shortlist.toggle, contact: view.contact };
  const results = view.shortlistOpen && view.shortlistView
    ? view.shortlistView({
        t,
        lang,
        names,
        suppliers: shortlist.suppliers,
        shareUrl: shareUrl(shortlist.suppliers.map((s) => s.id), host.urlPrefix),
        onRemove: shortlist.toggle,
        onClose: () => view.onShortlistOpen(false),
      })
    : renderResults({
        ...cards,
        lang,
        state: search,
        presets,
        taxonomy,
        onChange: commit,
        response,
        error: view.searchError,
        failed: view.searchFailed,
        selected: view.selected,
        onOpen: view.onOpen,
        onBack: view.onBack,
        onPage: view.onPage,
        onRetry: view.onRetry,
        onNeed: view.onNeed,
      });
  const status = response ? `${t.found(response.found)}${response.page > 1 ? ` · ${t.pageOf(response.page, response.pages)}` : ''}` : '';
  return html`<div class="layout" part="base" lang=${lang}>
    ${renderCombobox({
      t,
      names,
      value: view.text,
      open: view.listOpen,
      active: view.active,
      suggestions: view.suggestions,
      onInput: view.onInput,
      onKeydown: view.onKeydown,
      onChoose: view.onChoose,
      onFocusOut,
    })}
    ${renderToolbar({
      ...chipsContext,
      state: search,
      interpretation: response?.interpretation,
      onChange: commit,
      shortlisted: shortlist.suppliers.length,
      shortlistOpen: view.shortlistOpen,
      onShortlist: () => view.onShortlistOpen(!view.shortlistOpen),
    })}
    <p class="status" part="status" role="status">${status}</p>
    <div class=${facets === nothing || view.folded ? 'body single' : 'body'}>
      ${view.folded && facets !== nothing
        ? renderFiltersPanel({
            t,
            facets,
            open: view.filtersOpen,
            found: response?.found,
            active: activeChips(search, chipsContext).length,
            onOpen: () => view.onFiltersOpen(true),
            onClose: () => view.onFiltersOpen(false),
          })
        : facets}
      ${results}
    </div>
  </div>`;
}
