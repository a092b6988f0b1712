/**
 * One EngineQuery as Typesense searches, and their answers back as an EngineResult
 * equal to the embedded engine's. Round one: the page of hits and one count search
 * per distinct facet filter (disjunctive facets). Round two, when needed: the rest
 * of a distance-ordered page (suppliers inside the origin commune come first, by
 * id, as the embedded engine ranks them at 0 km) and the same-activity facet
 * counts, one count per candidate value (Typesense counts a nested value for the
 * supplier, not for the activity that matched).
 */
import type { FacetName, Hit, Supplier } from '../../../../sdk/src/types.js';
import { distanceKm } from '../../domain/geo-distance.js';
import type { ActivityCondition, EngineQuery, EngineResult, FacetQuery, Filter } from '../../query/types.js';
import { HIGHLIGHT_FIELDS, QUERY_BY, supplierOf } from './document.js';
import { and, compileFilter, isIn, someActivity, type Compiled } from './filter.js';
import { END_TAG, highlightsOf, START_TAG } from './highlights.js';

export type SearchParams = Record<string, string | number | boolean>;

export interface TypesenseHit {
  document: Record<string, unknown>;
  highlight?: Record<string, { value?: string }>;
  highlights?: { field?: string; value?: string }[];
}

export interface TypesenseAnswer {
  found: number;
  hits?: TypesenseHit[];
  facet_counts?: { field_name: string; counts: { value: string; count: number }[] }[];
}

/** Runs searches together (multi_search), answers in order. */
export type RunSearches = (searches: SearchParams[]) => Promise<TypesenseAnswer[]>;

export const ACTIVE = 'active:=true';

const FACET_FIELDS: Record<FacetName, string> = {
  kind: 'kind',
  network: 'networks',
  label: 'labels',
  department: 'department',
  region: 'region',
  sector: 'sectors',
  sectorGroup: 'sector_groups',
  prestaType: 'presta_types',
};

/** Per-activity names of the facets counted by activity. */
const NESTED_FIELDS: Partial<Record<FacetName, string>> = { sector: 'sector', sectorGroup: 'sector_group', prestaType: 'presta_types' };

/** Enough for every value of the largest facet (154 sectors, 109 departments). */
const MAX_FACET_VALUES = 500;

const NOTHING: TypesenseAnswer = { found: 0, hits: [], facet_counts: [] };

/** A search over the matches of `filter` (with the text); undefined when the filter matches nothing. */
function over(query: EngineQuery, filter: Compiled, params: SearchParams): SearchParams | undefined {
  const filterBy = and([ACTIVE, filter]);
  if (filterBy === false) return undefined;
  return { q: query.text ?? '*', query_by: QUERY_BY, ...(filterBy !== true && { filter_by: filterBy }), ...params };
}

const count = (query: EngineQuery, filter: Compiled) => over(query, filter, { per_page: 0 });

function hitsParams(sortBy: string, offset: number, limit: number): SearchParams {
  const fields = HIGHLIGHT_FIELDS.join(',');
  if (limit === 0) return { sort_by: sortBy, per_page: 0 };
  return {
    sort_by: sortBy,
    offset,
    limit,
    include_fields: `supplier_json,${fields}`,
    highlight_fields: fields,
    highlight_full_fields: fields,
    highlight_start_tag: START_TAG,
    highlight_end_tag: END_TAG,
  };
}

/** The sort_by of the page, or the point and commune of a distance order. */
function orderOf(query: EngineQuery): string | { lat: number; lng: number; commune?: string } {
  const { sort, origin, text } = query;
  if (sort === 'updated') return 'updated_ms:desc,sort_id:asc';
  if (sort === 'relevance' && text) return '_text_match:desc,sort_id:asc';
  if (sort === 'relevance') return completenessOrder(origin);
  if (sort === 'distance' && origin) return { ...origin.point, ...(origin.communeCode && { commune: origin.communeCode }) };
  return 'sort_name:asc,sort_id:asc';
}

/**
 * Relevance without text, as the embedded engine ranks it (hits.ts there): the most
 * complete profile first, then suppliers inside the origin's commune, then the nearest
 * (points are distinct, so three criteria, Typesense's most, leave no tie), else the
 * most recently updated.
 */
function completenessOrder(origin: EngineQuery['origin']): string {
  if (!origin) return 'completeness:desc,updated_ms:desc,sort_id:asc';
  const location = `location(${origin.point.lat}, ${origin.point.lng}):asc`;
  if (origin.communeCode === undefined) return `completeness:desc,${location},sort_id:asc`;
  return `completeness:desc,_eval(${isIn('commune_code', [origin.communeCode])}):desc,${location}`;
}

/** Runs the searches that exist; a missing one (nothing can match) answers empty. */
async function runAll(run: RunSearches, searches: (SearchParams | undefined)[]): Promise<TypesenseAnswer[]> {
  const present = searches.filter((search) => search !== undefined);
  const answers = present.length ? await run(present) : [];
  let next = 0;
  return searches.map((search) => (search ? answers[next++]! : NOTHING));
}

function sortedCounts(counts: Map<string, number>): { value: string; count: number }[] {
  return [...counts]
    .filter(([, n]) => n > 0)
    .map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * The facet's filter without its node "some activity meets `condition`", which the
 * per-value count implies (an activity meeting condition and value meets condition):
 * the same matches with half the radius terms, and Typesense caps filter_by at 100
 * operations by default.
 */
function withoutImplied(filter: Filter, condition: ActivityCondition): Filter {
  const implied = (node: Filter) => node.op === 'activity' && node.condition === condition;
  if (implied(filter)) return { op: 'and', filters: [] };
  return filter.op === 'and' ? { op: 'and', filters: filter.filters.filter((node) => !implied(node)) } : filter;
}

function countsOf(answer: TypesenseAnswer, field: string): Map<string, number> {
  const counts = answer.facet_counts?.find((facet) => facet.field_name === field)?.counts ?? [];
  return new Map(counts.map(({ value, count }) => [value, count]));
}

/** `radii`: the collection's distinct CUSTOM radii (radii.ts), which a commune served compiles over. */
export async function searchTypesense(query: EngineQuery, run: RunSearches, radii: readonly number[]): Promise<EngineResult> {
  const compile = (filter: Filter) => compileFilter(filter, radii);
  const filter = compile(query.filter);
  const start = (query.page - 1) * query.perPage;
  const order = orderOf(query);
  const inside = typeof order === 'object' && order.commune ? order.commune : undefined;
  const first =
    typeof order === 'string'
      ? over(query, filter, hitsParams(order, start, query.perPage))
      : inside
        ? over(query, and([filter, isIn('commune_code', [inside])]), hitsParams('sort_id:asc', start, query.perPage))
        : over(query, filter, hitsParams(`location(${order.lat}, ${order.lng}):asc,sort_id:asc`, start, query.perPage));

  // One count per distinct facet filter, all its facets at once.
  const groups = new Map<string, { filter: Compiled; facets: FacetQuery[] }>();
  for (const facet of query.facets) {
    const compiled = compile(facet.filter);
    const key = String(compiled);
    const group = groups.get(key) ?? { filter: compiled, facets: [] };
    group.facets.push(facet);
    groups.set(key, group);
  }
  const facetSearches = [...groups.values()].map((group) => {
    const search = count(query, group.filter);
    return search && { ...search, facet_by: group.facets.map((facet) => FACET_FIELDS[facet.name]).join(','), max_facet_values: MAX_FACET_VALUES };
  });
  const [page, ...facetAnswers] = await runAll(run, [first, ...facetSearches]);

  // Round two.
  const hits = [...(page!.hits ?? [])];
  let found = page!.found;
  const second: (SearchParams | undefined)[] = [];
  if (typeof order === 'object' && inside) {
    const limit = query.perPage - hits.length;
    second.push(over(query, and([filter, isIn('commune_code', [inside], true)]), hitsParams(`location(${order.lat}, ${order.lng}):asc,sort_id:asc`, Math.max(0, start - found), limit)));
  }
  const byValue: { facet: FacetName; value: string }[] = [];
  const facets: EngineResult['facets'] = {};
  [...groups.values()].forEach((group, i) => {
    for (const facet of group.facets) {
      const counts = countsOf(facetAnswers[i]!, FACET_FIELDS[facet.name]);
      const nested = NESTED_FIELDS[facet.name];
      if (!nested || !facet.activity) {
        facets[facet.name] = sortedCounts(counts);
        continue;
      }
      for (const value of counts.keys()) {
        byValue.push({ facet: facet.name, value });
        second.push(count(query, and([compile(withoutImplied(facet.filter, facet.activity)), someActivity(facet.activity, radii, [isIn(nested, [value]) as string])])));
      }
      facets[facet.name] = [];
    }
  });
  const answers = await runAll(run, second);
  if (typeof order === 'object' && inside) {
    const rest = answers.shift()!;
    found += rest.found;
    hits.push(...(rest.hits ?? []));
  }
  const sameActivity = new Map<FacetName, Map<string, number>>();
  byValue.forEach(({ facet, value }, i) => {
    const counts = sameActivity.get(facet) ?? new Map<string, number>();
    counts.set(value, answers[i]!.found);
    sameActivity.set(facet, counts);
  });
  for (const [facet, counts] of sameActivity) facets[facet] = sortedCounts(counts);
  return { found, hits: hits.map((hit) => toHit(hit, query)), facets };
}

function toHit(hit: TypesenseHit, query: EngineQuery): Hit {
  const supplier: Supplier = supplierOf(hit.document);
  const result: Hit = { supplier, highlights: query.text ? highlightsOf(hit) : [] };
  const { origin } = query;
  if (origin) {
    const km = supplier.address.communeCode === origin.communeCode ? 0 : distanceKm(supplier.address.point, origin.point);
    result.distanceKm = Math.round(km * 10) / 10;
  }
  return result;
}
