import { describe, expect, it } from 'vitest';
import { createInvertedIndex } from './postings.js';

describe('createInvertedIndex', () => {
  it('keeps term frequencies and df per field, and field lengths per document', () => {
    const index = createInvertedIndex(2);
    const doc = index.add('a', [['pain', 'pain', 'four'], ['pain']]);
    index.add('b', [['four'], []]);
    const pain = index.postings('pain')!;
    expect([pain.docs, pain.fields, pain.freqs]).toEqual([[doc, doc], [0, 1], [2, 1]]);
    expect([...index.postings('four')!.df]).toEqual([2, 0]);
    expect(index.fieldLengths.slice(0, 2)).toEqual([3, 1]);
    expect(index.averageLength(0)).toBe(2);
  });

  it('forgets removed documents, and drops their entries once they outnumber the live ones', () => {
    const index = createInvertedIndex(1);
    index.add('kept', [['menuiserie']]);
    for (let i = 0; i < 3; i++) index.add(`gone${i}`, [['menuiserie', `only${i}`]]);
    for (let i = 0; i < 3; i++) index.remove(`gone${i}`);
    index.remove('unknown');
    expect(index.liveCount).toBe(1);
    expect(index.postings('menuiserie')!.docs.map(index.idOf)).toEqual(['kept']);
    expect(index.postings('only0')).toBeUndefined();
    expect(index.sortedTerms().terms).toEqual(['menuiserie']);
  });
});
