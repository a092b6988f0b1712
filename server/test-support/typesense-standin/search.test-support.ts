/**
 * One search over a stand-in collection: filter_by on the documents (evaluate.test-support.ts),
 * text matching, ranking and highlights from the collection's embedded engine
 * (suggestions when query_by is `name,brand`, the engine's prefix index for names),
 * then Typesense's own steps: facet counts over the matches, sort_by on document
 * fields, `location(lat, lng)` and `_eval(filter)`, page/per_page or offset/limit.
 */
import type { Highlight } from '../../../sdk/src/types.js';
import { distanceKm } from '../../src/domain/geo-distance.js';
import { fieldHighlights } from '../../src/typesense/highlight.js';
import type { StoredCollection } from './collections.test-support.js';
import { compileFilterBy, type StoredDocument } from './evaluate.test-support.js';

export type Params = Record<string, unknown>;

const text = (params: Params, name: string): string | undefined => (params[name] === undefined ? undefined : String(params[name]));
const whole = (params: Params, name: string): number | undefined => (params[name] === undefined ? undefined : Number(params[name]));
const list = (params: Params, name: string): string[] | undefined => text(params, name)?.split(',').map((item) => item.trim()).filter(Boolean);

/** Ranks by text (0 = best) and highlights of the documents the text matches; undefined without text. */
async function textMatches(collection: StoredCollection, params: Params, candidates: StoredDocument[]) {
  const q = text(params, 'q') ?? '*';
  if (q.trim() === '*' || !q.trim()) return undefined;
  const scope = { op: 'in' as const, field: 'id' as const, values: candidates.map((document) => document.id as string) };
  const rank = new Map<string, number>();
  const highlights = new Map<string, Highlight[]>();
  if (list(params, 'query_by')?.join(',') === 'name,brand') {
    const suggestions = await collection.text.suggest(q, candidates.length, scope);
    suggestions.forEach((suggestion, i) => rank.set(suggestion.id, i));
  } else {
    const result = await collection.text.search({ text: q, filter: scope, facets: [], sort: 'relevance', page: 1, perPage: Math.max(1, candidates.length) });
    result.hits.forEach((hit, i) => {
      rank.set(hit.supplier.id, i);
      highlights.set(hit.supplier.id, hit.highlights);
    });
  }
  return { rank, highlights };
}

/** sort_by criteria, split on the commas outside parentheses. */
function criteriaOf(sortBy: string): string[] {
  const criteria: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of sortBy) {
    if (char === ',' && depth === 0) {
      criteria.push(current.trim());
      current = '';
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') depth--;
    current += char;
  }
  if (current.trim()) criteria.push(current.trim());
  return criteria;
}

type Key = (document: StoredDocument) => number | string;

function sortKeys(sortBy: string, rank: Map<string, number> | undefined): { key: Key; descending: boolean }[] {
  return criteriaOf(sortBy).map((criterion) => {
    const descending = /:\s*desc$/.test(criterion);
    const name = criterion.replace(/:\s*(asc|desc)$/, '').trim();
    if (name === '_text_match') return { key: (document) => -(rank?.get(document.id as string) ?? 0), descending };
    const evaluated = /^_eval\((.*)\)$/.exec(name);
    if (evaluated) {
      const test = compileFilterBy(evaluated[1]!);
      return { key: (document) => (test(document) ? 1 : 0), descending };
    }
    const geo = /^(\w+)\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)$/.exec(name);
    if (geo) {
      const origin = { lat: Number(geo[2]), lng: Number(geo[3]) };
      return {
        key: (document) => {
          const [lat, lng] = document[geo[1]!] as [number, number];
          return distanceKm({ lat, lng }, origin);
        },
        descending,
      };
    }
    return { key: (document) => document[name] as number | string, descending };
  });
}

function facetCounts(matches: StoredDocument[], field: string, maxValues: number) {
  const counts = new Map<string, number>();
  for (const document of matches) {
    const values = document[field];
    for (const value of new Set(Array.isArray(values) ? values : values === undefined ? [] : [values])) {
      counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
  }
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return {
    field_name: field,
    counts: sorted.slice(0, maxValues).map(([value, count]) => ({ value, count, highlighted: value })),
    sampled: false,
    stats: { total_values: sorted.length },
  };
}

export async function searchCollection(collection: StoredCollection, params: Params) {
  const started = performance.now();
  const all = [...collection.documents.values()];
  const filterBy = text(params, 'filter_by')?.trim();
  const test = filterBy ? compileFilterBy(filterBy) : undefined;
  const candidates = test ? all.filter(test) : all;
  const matched = await textMatches(collection, params, candidates);
  const matches = matched ? candidates.filter((document) => matched.rank.has(document.id as string)) : candidates;

  const keys = sortKeys(text(params, 'sort_by') ?? '_text_match:desc', matched?.rank);
  const ordered = [...matches].sort((a, b) => {
    for (const { key, descending } of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return (x < y ? -1 : 1) * (descending ? -1 : 1);
    }
    return 0;
  });

  const perPage = whole(params, 'limit') ?? whole(params, 'per_page') ?? 10;
  const page = whole(params, 'page') ?? 1;
  const offset = whole(params, 'offset') ?? (page - 1) * perPage;
  const include = list(params, 'include_fields');
  const fields = list(params, 'highlight_fields') ?? list(params, 'query_by') ?? [];
  const highlightOptions = {
    fields,
    fullFields: list(params, 'highlight_full_fields') ?? [],
    startTag: text(params, 'highlight_start_tag') ?? '<mark>',
    endTag: text(params, 'highlight_end_tag') ?? '</mark>',
  };
  const hits = ordered.slice(offset, offset + perPage).map((document) => {
    const highlights = fieldHighlights(matched?.highlights.get(document.id as string) ?? [], highlightOptions);
    return {
      document: include ? Object.fromEntries(Object.entries(document).filter(([name]) => include.includes(name))) : document,
      highlight: Object.fromEntries(highlights.map(({ field, ...rest }) => [field, rest])),
      highlights,
    };
  });
  const maxValues = whole(params, 'max_facet_values') ?? 10;
  return {
    facet_counts: (list(params, 'facet_by') ?? []).map((field) => facetCounts(matches, field, maxValues)),
    found: matches.length,
    hits,
    out_of: all.length,
    page,
    request_params: { collection_name: collection.name, per_page: perPage, q: text(params, 'q') ?? '' },
    search_time_ms: Math.round(performance.now() - started),
  };
}
