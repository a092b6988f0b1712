/**
 * Reindexing without downtime: the new index is built off to the side while the
 * current one keeps answering, then swapped in at once. For the embedded engine the
 * build yields to the event loop between batches, so searches go on meanwhile.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Supplier } from '../../../sdk/src/types.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import type { EmbeddedEngine } from '../engine/embedded/engine.js';
import type { EngineStats, SearchEngine } from '../query/types.js';

/** A SearchEngine that delegates to the current engine, which `swap` replaces. */
export interface SwappableEngine extends SearchEngine {
  readonly current: SearchEngine;
  /** Puts `next` in place for every later call; returns the engine it replaced. */
  swap(next: SearchEngine): SearchEngine;
}

export function createSwappableEngine(initial: SearchEngine): SwappableEngine {
  let current = initial;
  return {
    get name() {
      return current.name;
    },
    get current() {
      return current;
    },
    swap(next) {
      const previous = current;
      current = next;
      return previous;
    },
    search: (query) => current.search(query),
    get: (idOrSiret, scope) => current.get(idOrSiret, scope),
    suggest: (text, limit, scope) => current.suggest(text, limit, scope),
    upsert: (suppliers) => current.upsert(suppliers),
    remove: (ids) => current.remove(ids),
    stats: () => current.stats(),
  };
}

const BATCH = 500;

/** An embedded engine holding `suppliers`, built in batches that let other work run in between. */
export async function buildEmbeddedEngine(suppliers: readonly Supplier[]): Promise<EmbeddedEngine> {
  const engine = createDefaultEngine();
  for (let start = 0; start < suppliers.length; start += BATCH) {
    await engine.upsert(suppliers.slice(start, start + BATCH));
    await nextTurn();
  }
  return engine;
}

/** What the admin routes call to reindex: builds from the suppliers given, then swaps. */
export type Reindex = (suppliers: readonly Supplier[]) => Promise<EngineStats>;

export function embeddedReindex(engine: SwappableEngine): Reindex {
  return async (suppliers) => {
    const next = await buildEmbeddedEngine(suppliers);
    engine.swap(next);
    return next.stats();
  };
}
