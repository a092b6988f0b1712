/**
 * The embedded engine: every supplier in memory, a full scan per query with filters
 * evaluated into masks over its candidates, and a text index for free text and
 * suggestions.
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import type { EngineQuery, EngineResult, Filter, SearchEngine, SupplierSuggestion } from '../../query/types.js';
import { countFacets } from './facets.js';
import { compileFilters } from './filter.js';
import { orderMatches, toHit, type Relevance } from './hits.js';
import type { GroupOf } from './record.js';
import { createSupplierStore, isActive, type Scan } from './store.js';
import type { TextIndex, TextMatches } from './text.types.js';

export interface EmbeddedEngineOptions {
  /** Indexed at creation. */
  suppliers?: readonly Supplier[];
  textIndex: TextIndex;
  /** The sector group of a sector slug, for the sectorGroup facet. */
  groupOf: GroupOf;
  /** Texts whose matches are kept until the next write (default 128; 0 for none). */
  textCacheSize?: number;
}

export interface EmbeddedEngine extends SearchEngine {
  /** Every stored supplier, inactive ones included: what a snapshot on disk holds. */
  snapshot(): Supplier[];
}

/** By the text index's document number, the supplier's position in the scan (-1 for none). */
function positionsOfDocs(scan: Scan, textIndex: TextIndex): Int32Array {
  const docs = scan.suppliers.map((record) => textIndex.docOf(record.id) ?? -1);
  // Not Math.max(...docs): spread arguments overflow the stack past ~100,000.
  const positions = new Int32Array(docs.reduce((highest, doc) => Math.max(highest, doc), -1) + 1).fill(-1);
  docs.forEach((doc, position) => {
    if (doc !== -1) positions[doc] = position;
  });
  return positions;
}

/**
 * The positions a text matches, ascending, with their scores and match indexes in
 * the same order. `matchAt` is scratch over the scan's positions, -1 everywhere
 * between calls.
 */
function relevanceOf(matches: TextMatches, positionOfDoc: Int32Array, matchAt: Int32Array): Relevance {
  const { docs, scores } = matches;
  const found = new Int32Array(docs.length);
  let count = 0;
  for (let i = 0; i < docs.length; i++) {
    const position = positionOfDoc[docs[i]!] ?? -1;
    if (position === -1) continue;
    matchAt[position] = i;
    found[count++] = position;
  }
  // In position order by a sort of the matches, unless they are many enough for a
  // walk over every position to cost less.
  const positions = found.subarray(0, count);
  if (count * 32 < matchAt.length) positions.sort();
  else for (let position = 0, at = 0; position < matchAt.length; position++) if (matchAt[position] !== -1) positions[at++] = position;
  const ordered = new Float64Array(count);
  const matchOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    const match = matchAt[position]!;
    matchAt[position] = -1;
    matchOf[i] = match;
    ordered[i] = scores[match]!;
  }
  return { positions, scores: ordered, matchOf, matches };
}

/** Whether the active supplier with this id lies within `scope`. */
function inScope(scan: Scan, id: string, scope: Filter | undefined): boolean {
  const position = scan.positionOf.get(id);
  if (position === undefined) return false;
  return !scope || compileFilters(scan.suppliers, scan, [position])(scope).length === 1;
}

export function createEmbeddedEngine(options: EmbeddedEngineOptions): EmbeddedEngine {
  const { textIndex } = options;
  const store = createSupplierStore(options.groupOf);
  // A buyer who ticks a filter, turns a page or sorts repeats the text: its matches
  // (the costliest part of a text query) are kept until a write changes them.
  const textCacheSize = options.textCacheSize ?? 128;
  const textCache = new Map<string, Relevance>();
  // Document numbers to positions, and scratch over positions, for the current scan.
  let mapped: { scan: Scan; positionOfDoc: Int32Array; matchAt: Int32Array } | undefined;
  const relevance = (scan: Scan, text: string): Relevance => {
    let hits = textCache.get(text);
    if (!hits) {
      if (mapped?.scan !== scan) {
        mapped = { scan, positionOfDoc: positionsOfDocs(scan, textIndex), matchAt: new Int32Array(scan.suppliers.length).fill(-1) };
      }
      hits = relevanceOf(textIndex.search(text), mapped.positionOfDoc, mapped.matchAt);
      if (textCache.size >= textCacheSize) textCache.delete(textCache.keys().next().value!);
      if (textCacheSize > 0) textCache.set(text, hits);
    }
    return hits;
  };

  const upsert = (suppliers: readonly Supplier[]): void => {
    const batch = [...new Map(suppliers.map((supplier) => [supplier.id, supplier])).values()];
    const replaced = store.put(batch);
    textIndex.remove(replaced.filter((record) => isActive(record.supplier)).map((record) => record.id));
    textIndex.add(batch.filter(isActive));
    textCache.clear();
  };
  if (options.suppliers) upsert(options.suppliers);

  const search = (query: EngineQuery): EngineResult => {
    const scan = store.scan();
    const { suppliers } = scan;
    const text = query.text ? relevance(scan, query.text) : undefined;
    const candidates = text?.positions ?? scan.everyPosition;
    const passing = new Map<Filter, Int32Array>();
    const passingOf = compileFilters(suppliers, scan, candidates);
    const matching = (filter: Filter): Int32Array => {
      let positions = passing.get(filter);
      if (!positions) {
        positions = passingOf(filter);
        passing.set(filter, positions);
      }
      return positions;
    };

    const matched = matching(query.filter);
    const facets = countFacets(scan, query.facets, matching);
    const found = matched.length;
    const start = (query.page - 1) * query.perPage;
    const ordered = orderMatches(scan, matched, query, text, start + query.perPage);
    return {
      found,
      hits: ordered.slice(start).map((position) => toHit(scan, position, query, text, textIndex)),
      facets,
    };
  };

  const suggest = (text: string, limit: number, scope?: Filter): SupplierSuggestion[] => {
    const scan = store.scan();
    const wanted = Math.max(0, limit);
    let found: string[] = [];
    // Ask the index for more when the scope rules out some of its suggestions.
    for (let asked = wanted; wanted > 0; asked *= 4) {
      const ids = textIndex.suggest(text, asked);
      found = ids.filter((id) => inScope(scan, id, scope));
      if (found.length >= wanted || ids.length < asked) break;
    }
    return found.slice(0, wanted).map((id) => {
      const { supplier } = scan.suppliers[scan.positionOf.get(id)!]!;
      return { id, label: supplier.brand ?? supplier.name, kind: supplier.kind, city: supplier.address.city };
    });
  };

  return {
    name: 'embedded',
    search: async (query) => search(query),
    async get(idOrSiret, scope) {
      const record = store.find(idOrSiret);
      return record && inScope(store.scan(), record.id, scope) ? record.supplier : undefined;
    },
    suggest: async (text, limit, scope) => suggest(text, limit, scope),
    async upsert(suppliers) {
      upsert(suppliers);
    },
    async remove(ids) {
      const removed = store.delete(ids);
      textIndex.remove(removed.filter((record) => isActive(record.supplier)).map((record) => record.id));
      textCache.clear();
      return removed.length;
    },
    async stats() {
      let active = 0;
      for (const record of store.all()) if (isActive(record.supplier)) active++;
      return { suppliers: store.size, active };
    },
    snapshot: () => [...store.all()].map((record) => record.supplier),
  };
}
