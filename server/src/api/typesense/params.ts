/**
 * One Typesense search's parameters, read strictly: what the gateway cannot honour
 * exactly is a 400 naming the parameter, never a silently different answer.
 * Values come as strings (query string) or JSON numbers and booleans (multi_search body).
 */
import { MAX_RESULT_DEPTH, MAX_SEARCH_TEXT } from '../../query/limits.js';
import { invalidParameter } from '../../errors.js';
import { DOCUMENT_FIELDS, FACET_FIELDS, TEXT_FIELDS, type DocumentField } from '../../typesense/schema.js';

export interface TypesenseSearch {
  /** The text as sent ('*' for everything). */
  q: string;
  filterBy?: string;
  /** facet_by field names, in order. */
  facetBy: string[];
  maxFacetValues: number;
  facetQuery?: { field: string; prefix: string };
  sortBy?: string;
  page: number;
  perPage: number;
  /** Fields to return highlights for (default: query_by). */
  highlightFields: string[];
  /** Fields whose highlight also carries the whole value. */
  highlightFullFields: string[];
  startTag: string;
  endTag: string;
  includeFields?: DocumentField[];
  excludeFields: DocumentField[];
}

/** Accepted and without effect: cache hints, the collection (checked by the route), the key (read by the key guard). */
const IGNORED = new Set(['collection', 'use_cache', 'cache_ttl', 'x-typesense-api-key']);
const SUPPORTED = new Set([
  'q', 'query_by', 'filter_by', 'facet_by', 'max_facet_values', 'facet_query', 'sort_by', 'page', 'per_page',
  'highlight_fields', 'highlight_full_fields', 'highlight_start_tag', 'highlight_end_tag', 'include_fields', 'exclude_fields',
]);
export const MAX_PER_PAGE = 250;
export const MAX_TAG_LENGTH = 50;

export function readSearchParams(raw: Readonly<Record<string, unknown>>): TypesenseSearch {
  for (const name of Object.keys(raw)) {
    if (IGNORED.has(name) || SUPPORTED.has(name)) continue;
    if (name === 'preset' && raw[name] === '') continue;
    throw invalidParameter(name, `Parameter \`${name}\` is not supported by this gateway.`, 'unknown_parameter');
  }
  const q = text(raw, 'q');
  if (q === undefined) throw invalidParameter('q', 'Parameter `q` is required.');
  if (q.length > MAX_SEARCH_TEXT) throw invalidParameter('q', `q: At most ${MAX_SEARCH_TEXT} characters.`, 'limit_exceeded');
  const queryBy = fields(raw, 'query_by', TEXT_FIELDS) ?? [];
  const facetBy = fields(raw, 'facet_by', Object.keys(FACET_FIELDS)) ?? [];
  const page = integer(raw, 'page', 1, MAX_RESULT_DEPTH) ?? 1;
  const perPage = integer(raw, 'per_page', 0, MAX_PER_PAGE) ?? 10;
  if (page * perPage > MAX_RESULT_DEPTH) {
    throw invalidParameter('page', `page: Pages stop at result ${MAX_RESULT_DEPTH}: narrow the search instead.`, 'limit_exceeded');
  }
  const search: TypesenseSearch = {
    q,
    facetBy,
    maxFacetValues: integer(raw, 'max_facet_values', 0, 1000) ?? 10,
    page,
    perPage,
    highlightFields: fields(raw, 'highlight_fields', TEXT_FIELDS) ?? queryBy,
    highlightFullFields: fields(raw, 'highlight_full_fields', TEXT_FIELDS) ?? [],
    startTag: tag(raw, 'highlight_start_tag') ?? '<mark>',
    endTag: tag(raw, 'highlight_end_tag') ?? '</mark>',
    excludeFields: (fields(raw, 'exclude_fields', DOCUMENT_FIELDS) ?? []) as DocumentField[],
  };
  const filterBy = text(raw, 'filter_by')?.trim();
  if (filterBy) search.filterBy = filterBy;
  const sortBy = text(raw, 'sort_by')?.trim();
  if (sortBy) search.sortBy = sortBy;
  const includeFields = fields(raw, 'include_fields', DOCUMENT_FIELDS);
  if (includeFields) search.includeFields = includeFields as DocumentField[];
  const facetQuery = text(raw, 'facet_query');
  if (facetQuery) search.facetQuery = facetQueryOf(facetQuery, facetBy);
  return search;
}

function text(raw: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw invalidParameter(name, `Parameter \`${name}\` must be a string.`);
}

function integer(raw: Readonly<Record<string, unknown>>, name: string, min: number, max: number): number | undefined {
  const value = text(raw, name);
  if (value === undefined || value === '') return undefined;
  const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) throw invalidParameter(name, `Parameter \`${name}\` must be a whole number from ${min} to ${max}.`);
  return number;
}

/** A comma-separated list of field names, each one of `allowed`; undefined when absent or empty. */
function fields(raw: Readonly<Record<string, unknown>>, name: string, allowed: readonly string[]): string[] | undefined {
  const value = text(raw, name);
  const names = value?.split(',').map((field) => field.trim()).filter(Boolean);
  if (!names?.length) return undefined;
  const wrong = names.find((field) => !allowed.includes(field));
  if (wrong !== undefined) {
    throw invalidParameter(name, `Parameter \`${name}\`: "${wrong}" is not one of ${allowed.join(', ')}.`, 'invalid_parameter', { value: wrong });
  }
  return [...new Set(names)];
}

function tag(raw: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = text(raw, name);
  if (value !== undefined && value.length > MAX_TAG_LENGTH) {
    throw invalidParameter(name, `Parameter \`${name}\`: At most ${MAX_TAG_LENGTH} characters.`, 'limit_exceeded');
  }
  return value;
}

/** `field:prefix`, the field one of facet_by. */
function facetQueryOf(value: string, facetBy: readonly string[]): { field: string; prefix: string } {
  const colon = value.indexOf(':');
  const field = colon < 0 ? '' : value.slice(0, colon).trim();
  if (!facetBy.includes(field)) {
    throw invalidParameter('facet_query', 'Parameter `facet_query` must be `field:prefix` with a field of facet_by.');
  }
  const prefix = value.slice(colon + 1).trim();
  if (prefix.length > 100) throw invalidParameter('facet_query', 'Parameter `facet_query`: At most 100 characters.', 'limit_exceeded');
  return { field, prefix };
}
