/** What a search state asks of the API: the SearchRequest, within the site's presets. */
import type { FacetName, SearchRequest, SortOrder } from '../../sdk/src/types.js';
import { effective, refinementFields, type Presets, type SearchState } from './state.js';

/**
 * The facet counts the panel shows for a state: a group's sectors are only listed once
 * a group is chosen (or preset sectors open theirs), so their counts (154 sectors) are
 * not asked for before.
 */
export function facetsShown(state: SearchState, presets: Presets = {}): FacetName[] {
  const sectorsShown = state.refinements.sectorGroups.length > 0 || !!presets.sectors?.length;
  return ['kind', 'prestaType', 'sectorGroup', ...(sectorsShown ? (['sector'] as const) : []), 'network', 'label'];
}

/**
 * A single letter finds nothing worth showing (and would flash "no supplier"): the text
 * counts from two characters.
 */
export const searchedText = (q: string) => {
  const text = q.trim();
  return text.length >= 2 ? text : undefined;
};

/** The places the search is about: the buyer's, else (unless all of France was asked) the site's. */
export function placesServed(state: SearchState, presets: Presets): string[] {
  if (state.place) return state.radiusKm && state.place.point ? [] : [state.place.id];
  return state.anywhere ? [] : [...(presets.serves ?? [])];
}

/** Distance needs one point: a commune (chosen, or the only one preset) or a radius around one. */
export function distanceSortable(state: SearchState, presets: Presets): boolean {
  if (state.place?.point && state.radiusKm) return true;
  const served = placesServed(state, presets);
  return served.length === 1 && served[0]!.startsWith('commune:');
}

/** The orders the buyer may pick now. */
export function sortOrders(state: SearchState, presets: Presets): SortOrder[] {
  return distanceSortable(state, presets) ? ['relevance', 'distance', 'name', 'updated'] : ['relevance', 'name', 'updated'];
}

export interface RequestOptions {
  presets?: Presets;
  perPage?: number;
  /** Facet counts to ask for; none when the panel is hidden. */
  facets?: FacetName[];
}

/** The SearchRequest for a state: the buyer's place replaces the preset `serves`. */
export function toRequest(state: SearchState, { presets = {}, perPage, facets }: RequestOptions = {}): SearchRequest {
  const request: SearchRequest = {};
  const q = searchedText(state.q);
  if (q) request.q = q;
  for (const field of refinementFields) {
    const values = effective(state, field, presets);
    if (values.length) (request as Record<string, unknown>)[field] = [...values];
  }
  if (presets.families?.length) request.families = [...presets.families];
  const { place, radiusKm } = state;
  if (place?.point && radiusKm) request.near = { ...place.point, radiusKm };
  const served = placesServed(state, presets);
  if (served.length) request.serves = served as SearchRequest['serves'];
  if (presets.socialClause || state.socialClause) request.socialClause = true;
  if (state.sort && (state.sort !== 'distance' || distanceSortable(state, presets))) request.sort = state.sort;
  if (q && state.literal.length) request.literal = [...state.literal];
  if (state.page > 1) request.page = state.page;
  if (perPage) request.perPage = perPage;
  if (facets?.length) request.facets = [...facets];
  return request;
}
