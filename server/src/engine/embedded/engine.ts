/**
 * The embedded engine: every supplier in memory, a full scan per query with filters
 * compiled to closures, and a text index for free text and suggestions.
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import type { EngineQuery, EngineResult, Filter, SearchEngine, SupplierSuggestion } from '../types.js';
import { countFacets } from './facets.js';
import { compileFilters, type SupplierTest } from './filter.js';
import { orderMatches, toHit } from './hits.js';
import type { GroupOf } from './record.js';
import { createSupplierStore, isActive, type Scan } from './store.js';
import type { TextIndex, TextMatch } from './text.types.js';

export interface EmbeddedEngineOptions {
  /** Indexed at creation. */
  suppliers?: readonly Supplier[];
  textIndex: TextIndex;
  /** The sector group of a sector slug, for the sectorGroup facet. */
  groupOf: GroupOf;
}

export interface EmbeddedEngine extends SearchEngine {
  /** Every stored supplier, inactive ones included: what a snapshot on disk holds. */
  snapshot(): Supplier[];
}

/** Positions (ascending) of the suppliers the text matches, or every position without text. */
function candidatesOf(scan: Scan, textMatches: ReadonlyMap<string, TextMatch> | undefined): ArrayLike<number> {
  if (!textMatches) return scan.everyPosition;
  const positions: number[] = [];
  for (const id of textMatches.keys()) {
    const position = scan.positionOf.get(id);
    if (position !== undefined) positions.push(position);
  }
  return Int32Array.from(positions).sort();
}

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

export function createEmbeddedEngine(options: EmbeddedEngineOptions): EmbeddedEngine {
  const { textIndex } = options;
  const store = createSupplierStore(options.groupOf);

  const upsert = (suppliers: readonly Supplier[]): void => {
    const batch = [...new Map(suppliers.map((supplier) => [supplier.id, supplier])).values()];
    const replaced = store.put(batch);
    textIndex.remove(replaced.filter((record) => isActive(record.supplier)).map((record) => record.id));
    textIndex.add(batch.filter(isActive));
  };
  if (options.suppliers) upsert(options.suppliers);

  const search = (query: EngineQuery): EngineResult => {
    const scan = store.scan();
    const { suppliers } = scan;
    const textMatches = query.text ? textIndex.search(query.text) : undefined;
    const candidates = candidatesOf(scan, textMatches);
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
    const ordered = orderMatches(suppliers, matched, query, textMatches);
    const start = (query.page - 1) * query.perPage;
    return {
      found: matched.length,
      hits: ordered
        .slice(start, start + query.perPage)
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
