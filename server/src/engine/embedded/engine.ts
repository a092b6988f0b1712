/**
 * The embedded engine: every supplier in memory, a full scan per query with filters
 * compiled to closures, and a text index for free text and suggestions.
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import type { EngineQuery, EngineResult, Filter, SearchEngine, SupplierSuggestion } from '../types.js';
import { countFacets } from './facets.js';
import { compileFilters, type SupplierTest } from './filter.js';
import { orderMatches, toHit, type Relevance } from './hits.js';
import type { GroupOf } from './record.js';
import { createSupplierStore, isActive, type Scan } from './store.js';
import type { TextIndex, TextMatch } from './text.types.js';

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

/**
 * Positions (ascending) of the suppliers the text matches, and their scores in the
 * same order: sorted as one key, position x 2^24 + match index (exact in a double).
 */
function candidatesOf(scan: Scan, textMatches: ReadonlyMap<string, TextMatch>): Relevance {
  const scores = new Float64Array(textMatches.size);
  const keys = new Float64Array(textMatches.size);
  let found = 0;
  let index = 0;
  for (const [id, match] of textMatches) {
    const position = scan.positionOf.get(id);
    scores[index] = match.score;
    if (position !== undefined) keys[found++] = position * MATCH_SLOTS + index;
    index++;
  }
  const sorted = keys.subarray(0, found).sort();
  const positions = new Int32Array(found);
  const ordered = new Float64Array(found);
  for (let i = 0; i < found; i++) {
    const key = sorted[i]!;
    positions[i] = Math.floor(key / MATCH_SLOTS);
    ordered[i] = scores[key % MATCH_SLOTS]!;
  }
  return { positions, scores: ordered };
}

const MATCH_SLOTS = 2 ** 24;

function positionsPassing(candidates: ArrayLike<number>, test: SupplierTest): number[] {
  const positions: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const position = candidates[i]!;
    if (test(position)) positions.push(position);
  }
  return positions;
}

/** Whether the active supplier with this id lies within `scope`. */
function inScope(scan: Scan, id: string, scope: Filter | undefined): boolean {
  const position = scan.positionOf.get(id);
  if (position === undefined) return false;
  return !scope || compileFilters(scan.suppliers, scan, [scope])(scope)(position);
}

/** What a text matches in the current scan. */
interface TextHits {
  matches: Map<string, TextMatch>;
  relevance: Relevance;
}

export function createEmbeddedEngine(options: EmbeddedEngineOptions): EmbeddedEngine {
  const { textIndex } = options;
  const store = createSupplierStore(options.groupOf);
  // A buyer who ticks a filter, turns a page or sorts repeats the text: its matches
  // (the costliest part of a text query) are kept until a write changes them.
  const textCacheSize = options.textCacheSize ?? 128;
  const textCache = new Map<string, TextHits>();
  const textHits = (scan: Scan, text: string): TextHits => {
    let hits = textCache.get(text);
    if (!hits) {
      const matches = textIndex.search(text);
      hits = { matches, relevance: candidatesOf(scan, matches) };
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
    const text = query.text ? textHits(scan, query.text) : undefined;
    const textMatches = text?.matches;
    const candidates = text?.relevance.positions ?? scan.everyPosition;
    const testOf = compileFilters(suppliers, scan, [query.filter, ...query.facets.map((facet) => facet.filter)]);

    const passing = new Map<Filter, number[]>();
    const matching = (filter: Filter): number[] => {
      let positions = passing.get(filter);
      if (!positions) {
        positions = positionsPassing(candidates, testOf(filter));
        passing.set(filter, positions);
      }
      return positions;
    };

    const matched = matching(query.filter);
    const facets = countFacets(scan, query.facets, matching);
    const found = matched.length;
    const start = (query.page - 1) * query.perPage;
    const ordered = orderMatches(suppliers, matched, query, text?.relevance, start + query.perPage);
    return {
      found,
      hits: ordered
        .slice(start)
        .map((position) => toHit(suppliers[position]!, query, textMatches, textIndex)),
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
