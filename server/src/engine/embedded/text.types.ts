import type { Highlight, Supplier } from '../../../../sdk/src/types.js';

/**
 * What a text matched, one entry per supplier in no particular order, as parallel
 * arrays: how well each matched, and which indexed terms it matched on.
 */
export interface TextMatches {
  readonly size: number;
  /** Match i's supplier, numbered by the index (see TextIndex.docOf). */
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  /** Indexed (normalised, stemmed) terms match i matched on, by field of the index. */
  terms(i: number): string[][];
}

/** The full-text part of the embedded engine: French analysis over a supplier's words. */
export interface TextIndex {
  add(suppliers: readonly Supplier[]): void;
  remove(ids: readonly string[]): void;
  /** Suppliers matching the text (typos tolerated, last word as a prefix). */
  search(text: string): TextMatches;
  /**
   * The number the index gives a supplier it holds, else undefined. Numbers stay
   * until the supplier is removed or added again, so an engine can map them once
   * to its own positions.
   */
  docOf(id: string): number | undefined;
  idOf(doc: number): string | undefined;
  /** Ids of suppliers whose name or trading name matches the text as typed, best first. */
  suggest(text: string, limit: number): string[];
  /** The fields of match i's supplier with the words it matched on marked, the others left out. */
  highlight(supplier: Supplier, matches: TextMatches, i: number): Highlight[];
}
