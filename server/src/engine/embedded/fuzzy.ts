/**
 * Typo tolerance over the term dictionary: the terms within a few edits of a
 * query term, where an edit is a letter added, dropped, changed, or two adjacent
 * letters swapped ("tremlpin"): the swap is the commonest slip on a keyboard, and
 * counted as two edits it would be out of reach in the 5-6 letter words that allow
 * one. The dictionary is walked in sorted order like a trie: a term reuses the
 * rows of the prefix it shares with the previous one, and once a prefix is beyond
 * the allowed edits, every term starting with it is skipped (a swap never brings a
 * row back under the limit: it costs as much as the diagonal step before it).
 */
import type { SortedTerms } from './postings.js';

/** Terms (other than `term` itself) within `max` edits of it, with their distance. */
export function termsWithin(term: string, max: number, dictionary: SortedTerms): [string, number][] {
  const { terms, shared } = dictionary;
  const found: [string, number][] = [];
  const width = term.length + 1;
  const longest = term.length + max;
  const codes = Int32Array.from(term, (char) => char.charCodeAt(0));
  // rows[d] is the Levenshtein row of the first d letters of the last term computed.
  const rows = new Int32Array((longest + 1) * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  // Rows valid for the prefix shared with the last term computed (its depth, at most).
  let valid = 0;
  // Depth at which the last term computed went beyond max edits (Infinity when it did not).
  let deadAt = Infinity;
  for (let i = 0; i < terms.length; i++) {
    valid = Math.min(valid, shared[i]!);
    if (valid >= deadAt) continue;
    deadAt = Infinity;
    const candidate = terms[i]!;
    const depth = Math.min(candidate.length, longest);
    let d = valid + 1;
    for (; d <= depth; d++) {
      const char = candidate.charCodeAt(d - 1);
      const above = (d - 1) * width;
      const row = d * width;
      // Only the band of cells within `max` of the diagonal can be within `max`
      // edits; the cells just outside it are written as max + 1 for the next row.
      const low = Math.max(1, d - max);
      const high = Math.min(term.length, d + max);
      rows[row] = d;
      if (low > 1) rows[row + low - 1] = max + 1;
      if (high < term.length) rows[row + high + 1] = max + 1;
      let rowMin = low === 1 ? d : max + 1;
      for (let j = low; j <= high; j++) {
        const cost = char === codes[j - 1] ? 0 : 1;
        let value = Math.min(rows[above + j]! + 1, rows[row + j - 1]! + 1, rows[above + j - 1]! + cost);
        if (d > 1 && j > 1 && char === codes[j - 2] && candidate.charCodeAt(d - 2) === codes[j - 1]) {
          value = Math.min(value, rows[above - width + j - 2]! + 1);
        }
        rows[row + j] = value;
        if (value < rowMin) rowMin = value;
      }
      if (rowMin > max) {
        deadAt = d;
        break;
      }
    }
    valid = Math.min(d, depth);
    if (deadAt !== Infinity || Math.abs(candidate.length - term.length) > max) continue;
    const distance = rows[candidate.length * width + term.length]!;
    if (distance > 0 && distance <= max) found.push([candidate, distance]);
  }
  return found;
}
