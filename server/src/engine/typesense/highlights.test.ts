import { describe, expect, it } from 'vitest';
import { END_TAG, highlightsOf, partsOf, START_TAG } from './highlights.js';

const tagged = (text: string) => text.replaceAll('[', START_TAG).replaceAll(']', END_TAG);

describe('highlights', () => {
  it('turns a tagged value into runs of text, HTML kept as plain text', () => {
    expect(partsOf(tagged('ATELIER [Tremplin] <b>&</b> [Emploi]'))).toEqual([
      { text: 'ATELIER ', match: false },
      { text: 'Tremplin', match: true },
      { text: ' <b>&</b> ', match: false },
      { text: 'Emploi', match: true },
    ]);
  });

  it('keeps fields with a match, in the embedded engine order', () => {
    const hit = {
      highlight: { city: { value: tagged('[Rennes]') }, name: { value: tagged('ASSOC [Rennes] 35') }, brand: { value: 'Rien' } },
    };
    expect(highlightsOf(hit).map((highlight) => highlight.field)).toEqual(['name', 'city']);
  });
});
