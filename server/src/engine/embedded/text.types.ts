import type { HighlightPart, Supplier } from '../../../../sdk/src/types.js';

/** How well one supplier matched the text, and which indexed terms it matched on. */
export interface TextMatch {
  score: number;
  /** Indexed (normalised, stemmed) terms of the document that matched, for highlights. */
  terms: string[];
}

/** The full-text part of the embedded engine: French analysis over a supplier's words. */
export interface TextIndex {
  add(suppliers: readonly Supplier[]): void;
  remove(ids: readonly string[]): void;
  /** Suppliers matching the text (typos tolerated, last word as a prefix), by id. */
  search(text: string): Map<string, TextMatch>;
  /** Ids of suppliers whose name or trading name matches the text as typed, best first. */
  suggest(text: string, limit: number): string[];
  /** Splits a field's text into runs, marking the words whose indexed form is in `terms`. */
  highlight(fieldText: string, terms: readonly string[]): HighlightPart[];
}
