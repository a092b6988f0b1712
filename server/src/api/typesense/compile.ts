/**
 * A Typesense search -> the engine-neutral EngineQuery, with the key's scope ANDed
 * in. Facets count over the request's own filter, as Typesense does: a disjunctive
 * UI (the InstantSearch adapter) sends one more search per refined facet itself.
 */
import type { SortOrder } from '../../../../sdk/src/types.js';
import { invalidParameter } from '../../errors.js';
import { and } from '../../query/and.js';
import type { QueryContext } from '../../query/context.js';
import { textOrIdentifier } from '../../query/identifier.js';
import type { EngineQuery } from '../../query/types.js';
import { parseFilterBy } from '../../typesense/filter-by/index.js';
import { FACET_FIELDS } from '../../typesense/schema.js';
import type { TypesenseSearch } from './params.js';

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const GEO_SORT = new RegExp(`^location\\(\\s*${NUMBER}\\s*,\\s*${NUMBER}\\s*\\)\\s*:\\s*asc$`);
const FIELD_SORTS: Record<string, SortOrder> = {
  '_text_match:desc': 'relevance',
  'display_name:asc': 'name',
  'updated_at:desc': 'updated',
};

export function compileSearch(search: TypesenseSearch, context: QueryContext): EngineQuery {
  // `*` is Typesense's "no text".
  const { text, identifier } = textOrIdentifier(search.q.trim() === '*' ? '' : search.q);
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

