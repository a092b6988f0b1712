import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsWithin } from './fuzzy.js';
import { createInvertedIndex } from './postings.js';

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function dictionaryOf(terms: readonly string[]) {
  const index = createInvertedIndex(1);
  terms.forEach((term, i) => index.add(`d${i}`, [[term]]));
  return index.sortedTerms();
}

describe('termsWithin', () => {
  it('finds the terms within the allowed edits, with their distance', () => {
    const dictionary = dictionaryOf(['nettoi', 'netoi', 'bureau', 'bureaux', 'traiteur', 'tremplin']);
    expect(termsWithin('netoi', 1, dictionary)).toEqual([['nettoi', 1]]);
    expect(termsWithin('traitteur', 1, dictionary)).toEqual([['traiteur', 1]]);
    expect(termsWithin('bureau', 1, dictionary)).toEqual([['bureaux', 1]]);
  });

  it('agrees with a plain Levenshtein distance on any dictionary', () => {
    const word = fc.stringMatching(/^[abcde]{1,7}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, fc.integer({ min: 1, max: 3 }), (terms, term, max) => {
        const expected = [...terms]
          .sort()
          .map((candidate): [string, number] => [candidate, levenshtein(term, candidate)])
          .filter(([, distance]) => distance > 0 && distance <= max);
        expect(termsWithin(term, max, dictionaryOf(terms))).toEqual(expected);
      }),
    );
  });
});
