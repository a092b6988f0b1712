/**
 * Scores a query over the inverted index (postings.ts) with MiniSearch's BM25+ and
 * term weights (prefix 0.375, typo 0.45, fading with the length added or the edits),
 * into typed accumulators reused from query to query: a broad query touching
 * thousands of documents allocates only its answer.
 */
import { termsWithin } from './fuzzy.js';
import { lowerBound } from './lower-bound.js';
import type { InvertedIndex, Postings } from './postings.js';
import type { TextMatches } from './text.types.js';

export interface QueryOptions {
  /** Weight of each field; 0 leaves the field out. */
  fieldWeights: readonly number[];
  /** Whether the i-th query term also matches the terms it begins. */
  prefix: (i: number, count: number) => boolean;
  /** Edits tolerated on the i-th of `count` query terms (0 for none). */
  edits: (term: string, i: number, count: number) => number;
  /** Every query term required (AND), else any (OR). */
  every: boolean;
  /**
   * Fields (name, brand) where holding the query's words and nothing else multiplies
   * a document's score by WHOLE_FIELD_BONUS: "Les Ateliers" typed whole is the
   * supplier named so before the many "Les Ateliers du ..." that BM25 ranks close.
   */
  wholeFields?: readonly number[];
}

/**
 * Adds `term` to the fields (of non-zero weight) where `doc` holds it: the doc's
 * entries are adjacent, docs ascending.
 */
function noteFields(postings: Postings, term: string, doc: number, fieldWeights: readonly number[], byField: string[][]): void {
  const { docs, fields } = postings;
  for (let k = lowerBound(docs, doc); k < docs.length && docs[k] === doc; k++) {
    const field = fields[k]!;
    if (fieldWeights[field] !== 0) byField[field]!.push(term);
  }
}

/**
 * A query's matches as parallel typed arrays: no object per match, where a broad
 * query has thousands. Which indexed terms a match holds, and in which fields, is
 * looked up in the postings only when asked for: an engine highlights a page of 20,
 * and noting the terms of every match while scoring cost as much as the scoring.
 */
class QueryMatches implements TextMatches {
  constructor(
    readonly docs: Int32Array,
    readonly scores: Float64Array,
    /** Every indexed term the query read, once each. */
    private readonly read: readonly string[],
    private readonly index: InvertedIndex,
    private readonly fieldWeights: readonly number[],
  ) {}

  get size(): number {
    return this.docs.length;
  }

  terms(i: number): string[][] {
    const doc = this.docs[i]!;
    const byField = Array.from({ length: this.index.fieldCount }, (): string[] => []);
    for (const term of this.read) noteFields(this.index.postings(term)!, term, doc, this.fieldWeights, byField);
    return byField;
  }
}

export const NO_MATCHES: TextMatches = { size: 0, docs: new Int32Array(0), scores: new Float64Array(0), terms: () => [] };

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;
const WHOLE_FIELD_BONUS = 3;

/** The indexed terms a query term stands for, each with its weight. */
function expand(index: InvertedIndex, term: string, prefix: boolean, edits: number): [string, number][] {
  const expansions: [string, number][] = [];
  if (index.postings(term)) expansions.push([term, 1]);
  const seen = new Set<string>([term]);
  if (prefix) {
    const sorted = index.sortedTerms().terms;
    for (let i = lowerBound(sorted, term); i < sorted.length && sorted[i]!.startsWith(term); i++) {
      const found = sorted[i]!;
      if (found === term) continue;
      seen.add(found);
      expansions.push([found, (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * (found.length - term.length))]);
    }
  }
  if (edits > 0) {
    // A word being typed that has completions gains only the longer close words:
    // "menus" is another word than the "menui(s)" of "menuiserie" being typed, while
    // "cabiro" may be the "cabro" typed, a letter dropped.
    const longerThan = seen.size > 1 ? term.length : 0;
    for (const [found, distance] of termsWithin(term, edits, index.sortedTerms())) {
      if (!seen.has(found) && found.length > longerThan) expansions.push([found, (TYPO_WEIGHT * found.length) / (found.length + distance)]);
    }
  }
  return expansions;
}

/** Per-document state of the running query, valid where `epochOf[doc]` is the query's epoch. */
interface Accumulators {
  epochOf: Int32Array;
  score: Float64Array;
  /** How many query terms matched. */
  matched: Int32Array;
  /** The last query term that touched the document (a stamp). */
  lastQueryTerm: Int32Array;
  /** The documents the query touched, in the order it touched them. */
  touched: Int32Array;
  /** Per document and whole field (2 a document): query terms matched there, and the last one's stamp. */
  wholeMatched: Int32Array;
  wholeStamp: Int32Array;
}

const MAX_WHOLE_FIELDS = 2;

function accumulators(size: number): Accumulators {
  return {
    epochOf: new Int32Array(size),
    score: new Float64Array(size),
    matched: new Int32Array(size),
    lastQueryTerm: new Int32Array(size),
    touched: new Int32Array(size),
    wholeMatched: new Int32Array(size * MAX_WHOLE_FIELDS),
    wholeStamp: new Int32Array(size * MAX_WHOLE_FIELDS),
  };
}

/** A query runner over one index, holding the accumulators its queries reuse. */
export function createQueryRunner(index: InvertedIndex): (terms: readonly string[], options: QueryOptions) => TextMatches {
  let acc = accumulators(0);
  let epoch = 0;
  let stamp = 0;

  return (queryTerms, options) => {
    if (acc.epochOf.length < index.capacity) acc = accumulators(Math.max(index.capacity, acc.epochOf.length * 2));
    if (epoch === 0x7fffffff || stamp > 0x7fff0000) {
      acc = accumulators(acc.epochOf.length);
      epoch = 0;
      stamp = 0;
    }
    epoch++;
    const { epochOf, score, matched, lastQueryTerm, touched, wholeMatched, wholeStamp } = acc;
    const { fieldWeights, every } = options;
    const wholeFields = (options.wholeFields ?? []).slice(0, MAX_WHOLE_FIELDS);
    // The slot of each field among the whole fields, -1 for the others.
    const wholeSlot = Array.from({ length: index.fieldCount }, (_, field) => wholeFields.indexOf(field));
    const { fieldCount, fieldLengths, ids } = index;
    const count = queryTerms.length;
    const expansions = queryTerms.map((term, q) => expand(index, term, options.prefix(q, count), options.edits(term, q, count)));
    if (every && expansions.some((list) => list.length === 0)) return NO_MATCHES;
    // With every term required, the rarest term goes first: a document it lacks is
    // never scored for the others (a sum, so the order does not change the score).
    const order = expansions.map((_, q) => q);
    if (every) {
      const sizes = expansions.map((list) => list.reduce((sum, [found]) => sum + index.postings(found)!.docs.length, 0));
      order.sort((a, b) => sizes[a]! - sizes[b]!);
    }
    let touchedCount = 0;
    const read = new Set<string>();
    const total = index.liveCount;
    // Per field, for the term at hand: weight x boost x idf, and BM25's length normalisation.
    const factor = new Float64Array(fieldCount);
    const perLength = new Float64Array(fieldCount);
    for (let field = 0; field < fieldCount; field++) perLength[field] = (K * B) / (index.averageLength(field) || 1);

    for (let step = 0; step < count; step++) {
      const queryStamp = ++stamp;
      for (const [found, weight] of expansions[order[step]!]!) {
        read.add(found);
        const { docs, fields, freqs, df } = index.postings(found)!;
        for (let field = 0; field < fieldCount; field++) {
          const matching = df[field]!;
          factor[field] = weight * fieldWeights[field]! * Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        }
        for (let k = 0; k < docs.length; k++) {
          const field = fields[k]!;
          const fieldFactor = factor[field]!;
          if (fieldFactor === 0) continue;
          const doc = docs[k]!;
          if (epochOf[doc] !== epoch) {
            if ((every && step > 0) || ids[doc] === undefined) continue;
            epochOf[doc] = epoch;
            score[doc] = 0;
            matched[doc] = 0;
            wholeMatched[doc * MAX_WHOLE_FIELDS] = 0;
            wholeMatched[doc * MAX_WHOLE_FIELDS + 1] = 0;
            touched[touchedCount++] = doc;
          } else if (every && matched[doc]! < step) continue;
          const slot = wholeSlot[field]!;
          if (slot >= 0 && wholeStamp[doc * MAX_WHOLE_FIELDS + slot] !== queryStamp) {
            wholeStamp[doc * MAX_WHOLE_FIELDS + slot] = queryStamp;
            wholeMatched[doc * MAX_WHOLE_FIELDS + slot]!++;
          }
          const freq = freqs[k]!;
          const norm = freq + K * (1 - B) + perLength[field]! * fieldLengths[doc * fieldCount + field]!;
          score[doc]! += fieldFactor * (D + (freq * (K + 1)) / norm);
          if (lastQueryTerm[doc] !== queryStamp) {
            lastQueryTerm[doc] = queryStamp;
            matched[doc]!++;
          }
        }
      }
    }

    let found = 0;
    for (let t = 0; t < touchedCount; t++) if (!every || matched[touched[t]!] === count) found++;
    const docs = new Int32Array(found);
    const scores = new Float64Array(found);
    for (let t = 0, i = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      const quality = matched[doc]!;
      if (every && quality < count) continue;
      let whole = 1;
      for (let slot = 0; slot < wholeFields.length; slot++) {
        const field = wholeFields[slot]!;
        if (wholeMatched[doc * MAX_WHOLE_FIELDS + slot] === count && fieldLengths[doc * fieldCount + field] === count) whole = WHOLE_FIELD_BONUS;
      }
      docs[i] = doc;
      scores[i++] = score[doc]! * quality * whole;
    }
    return new QueryMatches(docs, scores, [...read], index, fieldWeights);
  };
}
