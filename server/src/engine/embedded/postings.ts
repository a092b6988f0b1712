/**
 * The inverted index under the text search: each analysed term maps to a posting
 * list of (document, field, term frequency) in flat number arrays. A query reads
 * them straight into typed accumulators (text-query.ts): no object per match,
 * where MiniSearch built one per matching document and field, thousands per query.
 */

/**
 * Entries of one term, one per (document, field) holding it; documents ascending
 * (numbered as added, and compaction keeps the order), a document's entries adjacent.
 */
export interface Postings {
  docs: number[];
  fields: number[];
  freqs: number[];
  /** Per field: how many documents hold the term there (the df of BM25). */
  df: Int32Array;
}

/** The dictionary in order, with the length of the prefix each term shares with the one before. */
export interface SortedTerms {
  terms: readonly string[];
  shared: Int32Array;
}

function sortTerms(terms: Iterable<string>): SortedTerms {
  const sorted = [...terms].sort();
  const shared = new Int32Array(sorted.length);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    let k = 0;
    while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    shared[i] = k;
  }
  return { terms: sorted, shared };
}

export interface InvertedIndex {
  readonly fieldCount: number;
  /** Adds one document (its analysed terms per field); returns its number. */
  add(id: string, fieldTerms: readonly (readonly string[])[]): number;
  /** Forgets a document; its entries are skipped, then dropped by the next compaction. */
  remove(id: string): void;
  postings(term: string): Postings | undefined;
  /** Every term, sorted: prefixes are ranges of it. */
  sortedTerms(): SortedTerms;
  /** The id of a live document, undefined once removed. */
  idOf(doc: number): string | undefined;
  /** The number of a live document. */
  docOf(id: string): number | undefined;
  /** By document number: its id, undefined once removed (read in the scoring loop). */
  readonly ids: readonly (string | undefined)[];
  /** Terms per field, at doc x fieldCount + field. */
  readonly fieldLengths: readonly number[];
  averageLength(field: number): number;
  readonly liveCount: number;
  /** One past the highest document number. */
  readonly capacity: number;
}

export function createInvertedIndex(fieldCount: number): InvertedIndex {
  const terms = new Map<string, Postings>();
  let sorted: SortedTerms | undefined;
  const ids: (string | undefined)[] = [];
  const docOf = new Map<string, number>();
  const lengths: number[] = [];
  /** Per document, how many entries it holds across the lists. */
  const entriesOf: number[] = [];
  const totalLength = new Float64Array(fieldCount);
  let live = 0;
  let deadEntries = 0;
  let liveEntries = 0;

  const termEntry = (term: string): Postings => {
    let entry = terms.get(term);
    if (!entry) {
      entry = { docs: [], fields: [], freqs: [], df: new Int32Array(fieldCount) };
      terms.set(term, entry);
      sorted = undefined;
    }
    return entry;
  };

  // Removed documents leave their entries behind (finding them would mean reading
  // every list); once they outnumber the live ones, every list is rewritten.
  const compact = (): void => {
    for (const [term, entry] of terms) {
      const kept: Postings = { docs: [], fields: [], freqs: [], df: new Int32Array(fieldCount) };
      for (let k = 0; k < entry.docs.length; k++) {
        const doc = entry.docs[k]!;
        if (ids[doc] === undefined) continue;
        kept.docs.push(doc);
        kept.fields.push(entry.fields[k]!);
        kept.freqs.push(entry.freqs[k]!);
        kept.df[entry.fields[k]!]!++;
      }
      if (kept.docs.length === 0) terms.delete(term);
      else terms.set(term, kept);
    }
    sorted = undefined;
    deadEntries = 0;
  };

  return {
    fieldCount,
    add(id, fieldTerms) {
      const doc = ids.push(id) - 1;
      docOf.set(id, doc);
      live++;
      let entries = 0;
      for (let field = 0; field < fieldCount; field++) {
        const list = fieldTerms[field] ?? [];
        lengths.push(list.length);
        totalLength[field]! += list.length;
      }
      // Field by field within the document, so that its entries stay adjacent in each list.
      for (let field = 0; field < fieldCount; field++) {
        const list = fieldTerms[field] ?? [];
        for (let i = 0; i < list.length; i++) {
          const term = list[i]!;
          // A field holds a few dozen words: counting by scanning the list beats a Map
          // per field, which was most of what indexing allocated.
          if (i > 0 && list.lastIndexOf(term, i - 1) !== -1) continue;
          let freq = 1;
          for (let j = i + 1; j < list.length; j++) if (list[j] === term) freq++;
          const entry = termEntry(term);
          entry.docs.push(doc);
          entry.fields.push(field);
          entry.freqs.push(freq);
          entry.df[field]!++;
          entries++;
        }
      }
      entriesOf.push(entries);
      liveEntries += entries;
      return doc;
    },
    remove(id) {
      const doc = docOf.get(id);
      if (doc === undefined) return;
      docOf.delete(id);
      ids[doc] = undefined;
      live--;
      for (let field = 0; field < fieldCount; field++) totalLength[field]! -= lengths[doc * fieldCount + field]!;
      deadEntries += entriesOf[doc]!;
      liveEntries -= entriesOf[doc]!;
      if (deadEntries > liveEntries) compact();
    },
    postings: (term) => terms.get(term),
    sortedTerms() {
      sorted ??= sortTerms(terms.keys());
      return sorted;
    },
    idOf: (doc) => ids[doc],
    docOf: (id) => docOf.get(id),
    ids,
    fieldLengths: lengths,
    averageLength: (field) => (live === 0 ? 0 : totalLength[field]! / live),
    get liveCount() {
      return live;
    },
    get capacity() {
      return ids.length;
    },
  };
}
