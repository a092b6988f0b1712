import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsWithin } from './fuzzy.js';
import { createInvertedIndex } from './postings.js';

/** Edits as a person makes them: a letter added, dropped or changed, or two adjacent letters swapped (once each). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
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

  it('counts two adjacent letters swapped as one edit', () => {
    const dictionary = dictionaryOf(['tremplin', 'cabiro', 'cabrol']);
    expect(termsWithin('trmeplin', 1, dictionary)).toEqual([['tremplin', 1]]);
    expect(termsWithin('caibro', 1, dictionary)).toEqual([['cabiro', 1]]);
    expect(termsWithin('abc', 1, dictionaryOf(['bac', 'acb', 'cba']))).toEqual([['acb', 1], ['bac', 1]]);
  });

  it('agrees with a plain edit distance (swaps included) on any dictionary', () => {
    const word = fc.stringMatching(/^[abcde]{1,7}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, fc.integer({ min: 1, max: 3 }), (terms, term, max) => {
        const expected = [...terms]
          .sort()
          .map((candidate): [string, number] => [candidate, editDistance(term, candidate)])
          .filter(([, distance]) => distance > 0 && distance <= max);
        expect(termsWithin(term, max, dictionaryOf(terms))).toEqual(expected);
      }),
    );
  });
});
