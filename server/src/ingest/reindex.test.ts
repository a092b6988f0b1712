import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { generateDemoSuppliers } from '../demo-data/generate.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import type { EngineQuery } from '../query/types.js';
import { createSwappableEngine, embeddedReindex } from './reindex.js';

const EVERYTHING: EngineQuery = { filter: { op: 'and', filters: [] }, facets: [], sort: 'name', page: 1, perPage: 5 };
const TEXT: EngineQuery = { ...EVERYTHING, text: 'espaces verts' };

describe('reindexing the embedded engine', () => {
  it('answers every search with complete results while the new index is built, then serves the new one', async () => {
    const old = generateDemoSuppliers({ seed: 1, count: 1500 });
    const fresh = generateDemoSuppliers({ seed: 2, count: 2000 });
    const engine = createSwappableEngine(createDefaultEngine(old));
    const complete = await engine.search(EVERYTHING);
    const completeText = await engine.search(TEXT);
    expect(complete.found).toBe(old.filter((s) => s.active !== false).length);

    let done = false;
    const reindexing = embeddedReindex(engine)(fresh).then((stats) => {
      done = true;
      return stats;
    });
    const during: number[] = [];
    while (!done) {
      // Requests arrive as I/O events: let one turn of the event loop pass, as the server would.
      await nextTurn();
      const [all, text] = await Promise.all([engine.search(EVERYTHING), engine.search(TEXT)]);
      if (done) break;
      during.push(all.found);
      expect(all.found).toBe(complete.found);
      expect(text.found).toBe(completeText.found);
      expect(all.hits.map((h) => h.supplier.id)).toEqual(complete.hits.map((h) => h.supplier.id));
    }
    // The build yielded between batches: searches really ran while it went on.
    expect(during.length).toBeGreaterThan(1);
    const stats = await reindexing;
    expect(stats.suppliers).toBe(2000);
    expect((await engine.search(EVERYTHING)).found).toBe(fresh.filter((s) => s.active !== false).length);
    expect(await engine.get(fresh[0]!.id)).toEqual(fresh[0]!.active === false ? undefined : fresh[0]);
  });
});
