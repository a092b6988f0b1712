/**
 * The distinct CUSTOM radii of the collection. A commune search needs one geo
 * radius per distinct value (filter.ts), so the engine keeps the set current:
 * learned from every document it writes, replaced by a reindex, and read back
 * from Typesense (a facet on the supplier-level `custom_radii`) at the first
 * search and again after `refreshMs`, so that radii written by another process
 * (another API instance, an import job) are seen within that delay.
 */
/** Reads the radii present in the collection (a facet count), [] when there is no collection. */
export type ReadRadii = () => Promise<number[]>;

export interface CustomRadii {
  /** The radii to compile a search with, sorted; read from Typesense when never read or stale. */
  current(): Promise<number[]>;
  /** Radii of documents just written: they count at once. */
  learn(radii: Iterable<number>): void;
  /** A reindex replaced every document: exactly their radii. */
  replace(radii: Iterable<number>): void;
}

export function customRadii(read: ReadRadii, refreshMs: number, clock: () => number = Date.now): CustomRadii {
  let known = new Set<number>();
  let readAt: number | undefined;
  let reading: Promise<void> | undefined;
  /** Radii learned while a read is in flight: the read may have been answered before they were written. */
  let learnedDuringRead = new Set<number>();

  const refresh = () =>
    (reading ??= (async () => {
      learnedDuringRead = new Set();
      const started = clock();
      try {
        const present = await read();
        known = new Set([...present, ...learnedDuringRead]);
        readAt = started;
      } finally {
        reading = undefined;
      }
    })());

  return {
    async current() {
      if (readAt === undefined || clock() - readAt >= refreshMs) await refresh();
      return [...known].sort((a, b) => a - b);
    },
    learn(radii) {
      for (const km of radii) {
        known.add(km);
        learnedDuringRead.add(km);
      }
    },
    replace(radii) {
      known = new Set(radii);
      learnedDuringRead = new Set(known);
      readAt = clock();
    },
  };
}
