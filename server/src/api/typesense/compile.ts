/**
 * A Typesense search -> the engine-neutral EngineQuery, with the key's scope ANDed
 * in. Facets count over the request's own filter, as Typesense does: a disjunctive
 * UI (the InstantSearch adapter) sends one more search per refined facet itself.
 */
import type { SortOrder } from '../../../../sdk/src/types.js';
import type { EngineQuery, Filter } from '../../query/types.js';
import { invalidParameter } from '../../errors.js';
import { identifierFilter } from '../../query/identifier.js';
import type { PlaceResolver } from '../../planner/places.js';
import { parseFilterBy } from '../../typesense/filter-by/index.js';
import type { TypesenseSearch } from './params.js';
import { FACET_FIELDS } from '../../typesense/schema.js';

export interface CompileContext {
  places: PlaceResolver;
  /** The key's scope; a filter_by can only narrow it. */
  scope?: Filter;
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const GEO_SORT = new RegExp(`^location\\(\\s*${NUMBER}\\s*,\\s*${NUMBER}\\s*\\)\\s*:\\s*asc$`);
const FIELD_SORTS: Record<string, SortOrder> = {
  '_text_match:desc': 'relevance',
  'display_name:asc': 'name',
  'updated_at:desc': 'updated',
};

export function compileSearch(search: TypesenseSearch, context: CompileContext): EngineQuery {
  const q = search.q.trim();
  const identifier = q && q !== '*' ? identifierFilter(q) : undefined;
  const text = q && q !== '*' && !identifier ? q : undefined;
  const filter = and([context.scope, identifier, search.filterBy ? parseFilterBy(search.filterBy, context) : undefined]);
  const query: EngineQuery = {
    filter,
    facets: search.facetBy.map((field) => ({ name: FACET_FIELDS[field]!, filter })),
    sort: 'relevance',
    page: search.page,
    perPage: search.perPage,
  };
  if (text) query.text = text;
  if (search.sortBy) Object.assign(query, sortOf(search.sortBy));
  return query;
}

/** One criterion, among those the engines rank by. */
function sortOf(sortBy: string): Pick<EngineQuery, 'sort' | 'origin'> {
  const compact = sortBy.replace(/\s+/g, '');
  const geo = GEO_SORT.exec(sortBy.trim());
  if (geo) {
    const lat = Number(geo[1]);
    const lng = Number(geo[2]);
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) throw invalidParameter('sort_by', 'sort_by: The point is out of range.');
    return { sort: 'distance', origin: { point: { lat, lng } } };
  }
  const sort = FIELD_SORTS[compact];
  if (sort) return { sort };
  throw invalidParameter(
    'sort_by',
    `sort_by: "${sortBy}" is not supported; use one of ${[...Object.keys(FIELD_SORTS), 'location(lat, lng):asc'].join(', ')}.`,
  );
}

/** A conjunction without undefined members; one member stands alone, none matches everything. */
function and(nodes: (Filter | undefined)[]): Filter {
  const present = nodes.filter((node) => node !== undefined);
  return present.length === 1 ? present[0]! : { op: 'and', filters: present };
}
