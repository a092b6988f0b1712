/**
 * What the buyer has asked for (query, refinements, place, page), as a pure module:
 * the element only renders it and the functions below are the only way it changes.
 */
import { fromSearchParams, toSearchParams } from '../../sdk/src/index.js';
import type {
  FacetName,
  KindCode,
  KindFamily,
  LabelSlug,
  NetworkSlug,
  PlaceId,
  Point,
  PrestaType,
  SearchRequest,
  SectorGroupSlug,
  SectorSlug,
} from '../../sdk/src/types.js';

/** The refinements a buyer can toggle, by SearchRequest field (all OR-ed within a field). */
export interface Refinements {
  kinds: KindCode[];
  prestaTypes: PrestaType[];
  sectorGroups: SectorGroupSlug[];
  sectors: SectorSlug[];
  networks: NetworkSlug[];
  labels: LabelSlug[];
}

export type RefinementField = keyof Refinements;

export const refinementFields: readonly RefinementField[] = ['kinds', 'prestaTypes', 'sectorGroups', 'sectors', 'networks', 'labels'];

/** A place the buyer chose; the point (communes only) allows a radius. */
export interface ChosenPlace {
  id: PlaceId;
  name: string;
  point?: Point;
}

export interface SearchState {
  q: string;
  refinements: Refinements;
  place?: ChosenPlace;
  /** With a commune's point: suppliers located within this distance, instead of those that can serve it. */
  radiusKm?: number;
  /** 1-based. */
  page: number;
}

/** The embedding site's fixed scope, from the element's attributes. */
export type Presets = Partial<Refinements> & { families?: KindFamily[]; serves?: PlaceId[] };

/**
 * The facet counts the panel shows for a state: a group's sectors are only listed once
 * the group is chosen, so their counts (154 sectors) are not asked for before.
 */
export function facetsShown(state: SearchState): FacetName[] {
  const sectorsShown = state.refinements.sectorGroups.length > 0;
  return ['kind', 'prestaType', 'sectorGroup', ...(sectorsShown ? (['sector'] as const) : []), 'network', 'label'];
}

export function initialState(): SearchState {
  return { q: '', refinements: { kinds: [], prestaTypes: [], sectorGroups: [], sectors: [], networks: [], labels: [] }, page: 1 };
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q, page: 1 };
}

/** Adds or removes one value of a refinement; back to page 1. */
export function toggle<F extends RefinementField>(state: SearchState, field: F, value: Refinements[F][number]): SearchState {
  const values = state.refinements[field] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...state, refinements: { ...state.refinements, [field]: next }, page: 1 };
}

/** Removing a sector group also removes the sectors chosen inside it. */
export function toggleSectorGroup(state: SearchState, group: SectorGroupSlug, sectorsOfGroup: readonly SectorSlug[]): SearchState {
  const next = toggle(state, 'sectorGroups', group);
  if (next.refinements.sectorGroups.includes(group)) return next;
  const sectors = next.refinements.sectors.filter((sector) => !sectorsOfGroup.includes(sector));
  return { ...next, refinements: { ...next.refinements, sectors } };
}

/**
 * A family is not sent as such: it selects all its kinds (or removes them all when they
 * all were), so that a family and a kind of the other family still add up (OR).
 */
export function toggleFamily(state: SearchState, kindsOfFamily: readonly KindCode[]): SearchState {
  const chosen = state.refinements.kinds;
  const all = kindsOfFamily.every((kind) => chosen.includes(kind));
  const kinds = all ? chosen.filter((kind) => !kindsOfFamily.includes(kind)) : [...new Set([...chosen, ...kindsOfFamily])];
  return { ...state, refinements: { ...state.refinements, kinds }, page: 1 };
}

/** A new place (or none) drops the radius, which belonged to the previous one. */
export function withPlace(state: SearchState, place: ChosenPlace | undefined): SearchState {
  return { ...state, place, radiusKm: undefined, page: 1 };
}

/** A radius needs a point: ignored for a department or a region. */
export function withRadius(state: SearchState, radiusKm: number | undefined): SearchState {
  if (radiusKm !== undefined && !state.place?.point) return state;
  return { ...state, radiusKm, page: 1 };
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(1, Math.floor(page)) };
}

/** Clears refinements and place; the query text stays (the buyer typed it, filters were added after). */
export function clearFilters(state: SearchState): SearchState {
  return { ...initialState(), q: state.q };
}

export function hasFilters(state: SearchState): boolean {
  return !!state.place || refinementFields.some((field) => state.refinements[field].length > 0);
}

/** Within a preset, a buyer's choice narrows it; a choice outside the preset is ignored. */
function narrow<T extends string>(chosen: readonly T[], preset: readonly T[] | undefined): T[] | undefined {
  if (!preset?.length) return chosen.length ? [...chosen] : undefined;
  const within = chosen.filter((value) => preset.includes(value));
  return within.length ? within : [...preset];
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
  const q = state.q.trim();
  if (q) request.q = q;
  for (const field of refinementFields) {
    const values = narrow(state.refinements[field] as string[], presets[field] as string[] | undefined);
    if (values) (request as Record<string, unknown>)[field] = values;
  }
  if (presets.families?.length) request.families = [...presets.families];
  const { place, radiusKm } = state;
  if (place?.point && radiusKm) request.near = { ...place.point, radiusKm };
  else if (place) request.serves = [place.id];
  else if (presets.serves?.length) request.serves = [...presets.serves];
  if (state.page > 1) request.page = state.page;
  if (perPage) request.perPage = perPage;
  if (facets?.length) request.facets = [...facets];
  return request;
}

/**
 * The page URL's query string with the state written under `prefix` (other parameters,
 * the host page's own, are kept). Parameter names are the API's, plus the place's name
 * and point so that a reload shows the same chip.
 */
export function toUrlParams(state: SearchState, prefix: string, current: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams([...current].filter(([name]) => !name.startsWith(prefix)));
  const own = toSearchParams({
    q: state.q,
    ...state.refinements,
    serves: state.place && [state.place.id],
    page: state.page > 1 ? state.page : undefined,
  });
  const { place, radiusKm } = state;
  if (place) own.set('placeName', place.name);
  if (place?.point) own.set('at', `${place.point.lat},${place.point.lng}`);
  if (radiusKm) own.set('radiusKm', String(radiusKm));
  for (const [name, value] of own) params.set(prefix + name, value);
  return params;
}

/** The inverse of `toUrlParams`: the state the page URL holds under `prefix`. */
export function fromUrlParams(params: URLSearchParams, prefix: string): SearchState {
  const own = new URLSearchParams();
  for (const [name, value] of params) if (name.startsWith(prefix)) own.append(name.slice(prefix.length), value);
  const request = fromSearchParams(own);
  let state = initialState();
  state.q = request.q ?? '';
  for (const field of refinementFields) (state.refinements[field] as string[]) = (request[field] as string[] | undefined) ?? [];
  const id = request.serves?.[0];
  if (id) {
    const [lat, lng] = (own.get('at') ?? '').split(',').map(Number);
    const point = own.has('at') && Number.isFinite(lat! + lng!) ? { lat: lat!, lng: lng! } : undefined;
    state = withPlace(state, { id, name: own.get('placeName') || id, ...(point && { point }) });
    const radiusKm = Number(own.get('radiusKm'));
    if (radiusKm > 0) state = withRadius(state, radiusKm);
  }
  return withPage(state, request.page ?? 1);
}
