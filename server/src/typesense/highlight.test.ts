import { describe, expect, it } from 'vitest';
import { fieldHighlights } from './highlight.js';

const options = { fields: ['name', 'description'], fullFields: ['name'], startTag: '<mark>', endTag: '</mark>' };

describe('fieldHighlights', () => {
  it('tags matched runs, gives the whole value only for full fields, and leaves the text as it is', () => {
    const [name] = fieldHighlights(
      [{ field: 'name', parts: [{ text: 'ATELIER ', match: false }, { text: 'R&D', match: true }, { text: ' <52>', match: false }] }],
      options,
    );
    expect(name).toEqual({ field: 'name', matched_tokens: ['R&D'], snippet: 'ATELIER <mark>R&D</mark> <52>', value: 'ATELIER <mark>R&D</mark> <52>' });
  });

  it('cuts a long text to 30 words around the first match', () => {
    const before = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 40 }, (_, i) => `z${i}`).join(' ');
    const [description] = fieldHighlights(
      [{ field: 'description', parts: [{ text: `${before} `, match: false }, { text: 'nettoyage', match: true }, { text: ` ${after}`, match: false }] }],
      options,
    );
    const words = description!.snippet.split(' ');
    expect(words).toHaveLength(30);
    expect(words[15]).toBe('<mark>nettoyage</mark>');
    expect(words[0]).toBe('w25');
    expect(description).not.toHaveProperty('value');
  });

  it('leaves out fields not asked for', () => {
    expect(fieldHighlights([{ field: 'city', parts: [{ text: 'Rennes', match: true }] }], options)).toEqual([]);
  });
});
