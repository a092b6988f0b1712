/**
 * What the buyer has asked for (query, refinements, place, page), as a pure module:
 * the element only renders it and the functions below are the only way it changes.
 * What it asks of the API is in request.ts, how it reads in a URL in state-url.ts.
 */
import type {
  InterpretedType,
  KindCode,
  KindFamily,
  LabelSlug,
  NetworkSlug,
  PlaceId,
  Point,
  PrestaType,
  SectorGroupSlug,
  SectorSlug,
  SortOrder,
  Suggestion,
  Taxonomy,
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
  /** The buyer asked for all of France: the site's preset places no longer apply. */
  anywhere: boolean;
  /** With a commune's point: suppliers located within this distance, instead of those that can serve it. */
  radiusKm?: number;
  /** Only kinds eligible to reserved lots and the social clause of public contracts. */
  socialClause: boolean;
  /** Unset: the API's default order. */
  sort?: SortOrder;
  /** Parts of the query the buyer wants searched as words, not read as a filter. */
  literal: InterpretedType[];
  /** 1-based. */
  page: number;
}

/**
 * The embedding site's scope, from the element's attributes: refinements the buyer may
 * narrow but never leave, and places (`serves`) that apply until the buyer picks another.
 */
export type Presets = Partial<Refinements> & { families?: KindFamily[]; serves?: PlaceId[]; socialClause?: boolean };

export function initialState(): SearchState {
  return {
    q: '',
    refinements: { kinds: [], prestaTypes: [], sectorGroups: [], sectors: [], networks: [], labels: [] },
    anywhere: false,
    socialClause: false,
    literal: [],
    page: 1,
  };
}

/** New text is read afresh: the parts kept as words belonged to the old one. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q, literal: [], page: 1 };
}

/** Values of a field the search uses: the buyer's within the preset, else the whole preset. */
export function effective<F extends RefinementField>(state: SearchState, field: F, presets: Presets): Refinements[F] {
  const chosen = state.refinements[field] as string[];
  const preset = presets[field] as string[] | undefined;
  if (!preset?.length) return chosen as Refinements[F];
  const within = chosen.filter((value) => preset.includes(value));
  return (within.length ? within : [...preset]) as Refinements[F];
}

/**
 * Ticks or unticks a value as the buyer sees it, within a preset: unticking one of the
 * preset values keeps the others; the last one cannot go (the site's scope stays).
 */
export function toggleWithin<F extends RefinementField>(state: SearchState, field: F, value: Refinements[F][number], presets: Presets): SearchState {
  const preset = presets[field] as string[] | undefined;
  if (!preset?.length) return toggle(state, field, value);
  const shown = effective(state, field, presets) as string[];
  const next = shown.includes(value) ? shown.filter((v) => v !== value) : [...shown, value];
  if (!next.length) return state;
  const all = preset.every((v) => next.includes(v));
  return { ...state, refinements: { ...state.refinements, [field]: all ? [] : next }, page: 1 };
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
  return { ...state, place, anywhere: false, radiusKm: undefined, page: 1 };
}

/** A chosen suggestion: a place becomes the place, a sector a filter (with its group); the text typed to find it goes. */
export function withSuggestion(state: SearchState, suggestion: Exclude<Suggestion, { type: 'supplier' }>): SearchState {
  let next = withQuery(state, '');
  if (suggestion.type === 'place') {
    const { id, name, point } = suggestion.place;
    return withPlace(next, { id, name, ...(point && { point }) });
  }
  if (!next.refinements.sectorGroups.includes(suggestion.group)) next = toggle(next, 'sectorGroups', suggestion.group);
  if (!next.refinements.sectors.includes(suggestion.value)) next = toggle(next, 'sectors', suggestion.value);
  return next;
}

/** All of France, whatever place the site preset. */
export function anywhere(state: SearchState): SearchState {
  return { ...withPlace(state, undefined), anywhere: true };
}

/**
 * The next wider place: a commune's department, a department's region; undefined for
 * a region (next is all of France). Department codes are a commune code's first digits.
 */
export function widerPlace(id: PlaceId, taxonomy: Taxonomy | undefined): ChosenPlace | undefined {
  const [type, code = ''] = id.split(':');
  const departments = taxonomy?.departments ?? [];
  if (type === 'commune') {
    const department = departments.find((d) => code.startsWith(d.code) && (d.code.length === 3) === code.startsWith('97'));
    return department && { id: `department:${department.code}`, name: department.name };
  }
  if (type === 'department') {
    const region = taxonomy?.regions.find((r) => r.code === departments.find((d) => d.code === code)?.region);
    return region && { id: `region:${region.code}`, name: region.name };
  }
  return undefined;
}

export function withSocialClause(state: SearchState, socialClause: boolean): SearchState {
  return { ...state, socialClause, page: 1 };
}

export function withSort(state: SearchState, sort: SortOrder | undefined): SearchState {
  return { ...state, sort, page: 1 };
}

/** A part of the query's interpretation goes back to being words. */
export function keepLiteral(state: SearchState, type: InterpretedType): SearchState {
  return state.literal.includes(type) ? state : { ...state, literal: [...state.literal, type], page: 1 };
}

/** Drops every sector and sector group, to widen an empty search. */
export function withoutSectors(state: SearchState): SearchState {
  return { ...state, refinements: { ...state.refinements, sectorGroups: [], sectors: [] }, page: 1 };
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

/** Whether the buyer chose anything besides the text (the site's presets are not the buyer's). */
export function hasFilters(state: SearchState): boolean {
  return (
    !!state.place || state.anywhere || state.socialClause || refinementFields.some((field) => state.refinements[field].length > 0)
  );
}
