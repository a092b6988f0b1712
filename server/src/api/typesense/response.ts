/** An EngineResult in the shape Typesense answers a search with. */
import type { Hit } from '../../../../sdk/src/types.js';
import type { EngineQuery, EngineResult } from '../../query/types.js';
import { fieldHighlights, type FieldHighlight } from '../../typesense/highlight.js';
import type { TypesenseSearch } from './params.js';
import { COLLECTION, FACET_FIELDS, toDocument, type DocumentField } from '../../typesense/schema.js';

export interface TypesenseHit {
  document: Partial<Record<DocumentField, unknown>>;
  highlight: Record<string, Omit<FieldHighlight, 'field'>>;
  highlights: FieldHighlight[];
  geo_distance_meters?: { location: number };
}

export interface TypesenseFacetCounts {
  field_name: string;
  counts: { count: number; highlighted: string; value: string }[];
  sampled: false;
  stats: { total_values: number };
}

export interface TypesenseSearchResult {
  facet_counts: TypesenseFacetCounts[];
  found: number;
  hits: TypesenseHit[];
  out_of: number;
  page: number;
  request_params: { collection_name: string; first_q: string; per_page: number; q: string };
  search_cutoff: false;
  search_time_ms: number;
}

export function searchResult(
  search: TypesenseSearch,
  query: EngineQuery,
  result: EngineResult,
  details: { outOf: number; searchTimeMs: number },
): TypesenseSearchResult {
  return {
    facet_counts: search.facetBy.map((field) => facetCounts(field, result, search)),
    found: result.found,
    hits: result.hits.map((hit) => typesenseHit(hit, search, query)),
    out_of: details.outOf,
    page: search.page,
    request_params: { collection_name: COLLECTION, first_q: search.q, per_page: search.perPage, q: search.q },
    search_cutoff: false,
    search_time_ms: Math.round(details.searchTimeMs),
  };
}

function typesenseHit(hit: Hit, search: TypesenseSearch, query: EngineQuery): TypesenseHit {
  const full = toDocument(hit.supplier);
  const document: TypesenseHit['document'] = {};
  for (const [field, value] of Object.entries(full) as [DocumentField, unknown][]) {
    if (search.includeFields && !search.includeFields.includes(field)) continue;
    if (search.excludeFields.includes(field)) continue;
    document[field] = value;
  }
  const highlights = fieldHighlights(hit.highlights, {
    fields: search.highlightFields,
    fullFields: search.highlightFullFields,
    startTag: search.startTag,
    endTag: search.endTag,
  });
  const typesense: TypesenseHit = {
    document,
    highlight: Object.fromEntries(highlights.map(({ field, ...rest }) => [field, rest])),
    highlights,
  };
  if (query.origin && hit.distanceKm !== undefined) typesense.geo_distance_meters = { location: Math.round(hit.distanceKm * 1000) };
  return typesense;
}

/** Counts by count then value; with facet_query, only values with a word starting with the prefix, that prefix tagged. */
function facetCounts(field: string, result: EngineResult, search: TypesenseSearch): TypesenseFacetCounts {
  const values = result.facets[FACET_FIELDS[field]!] ?? [];
  const prefix = search.facetQuery?.field === field ? search.facetQuery.prefix.toLowerCase() : '';
  const counts: TypesenseFacetCounts['counts'] = [];
  for (const { value, count } of values) {
    const highlighted = prefix ? tagPrefix(value, prefix, search) : value;
    if (highlighted !== undefined) counts.push({ count, highlighted, value });
  }
  return { field_name: field, counts: counts.slice(0, search.maxFacetValues), sampled: false, stats: { total_values: counts.length } };
}

/** The value with the first word starting with `prefix` tagged; undefined when no word does. */
function tagPrefix(value: string, prefix: string, search: TypesenseSearch): string | undefined {
  const tag = (start: number) => {
    const end = start + prefix.length;
    return `${value.slice(0, start)}${search.startTag}${value.slice(start, end)}${search.endTag}${value.slice(end)}`;
  };
  if (value.toLowerCase().startsWith(prefix)) return tag(0);
  const words = /[\p{L}\p{N}]+/gu;
  for (let word = words.exec(value); word; word = words.exec(value)) {
    if (word[0].toLowerCase().startsWith(prefix)) return tag(word.index);
  }
  return undefined;
}
