import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, analyseWord, eachWord, highlight } from './french.js';

function words(text: string): string[] {
  const found: string[] = [];
  eachWord(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

describe('eachWord', () => {
  it('splits on hyphens, apostrophes and punctuation', () => {
    expect(words("l’entretien, Baluchon-À table")).toEqual(['l', 'entretien', 'Baluchon', 'À', 'table']);
  });

  it('keeps decomposed accents inside their word', () => {
    expect(words('Re\u0301cup'.normalize('NFD'))).toHaveLength(1);
  });

  it('finds the runs of letters, digits and marks, in any text (astral letters and lone surrogates included)', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'É', '\u0301', '7', ' ', '-', '’', '𝐀', '😀', '\ud835', '\udc00', '中', 'œ'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
      }),
      { numRuns: 500 },
    );
  });
});

describe('analyseWord', () => {
  it('folds case and accents both ways', () => {
    expect(analyseWord('ENTRETIEN')).toBe(analyseWord('entretien'));
    expect(analyseWord('récupération')).toBe(analyseWord('RECUPERATION'));
    expect(analyseWord('Récupérée')).toBe(analyseWord('recuperee'));
  });

  it('expands the ligatures œ and æ', () => {
    expect(analyseWord('Œuvre')).toBe(analyseWord('oeuvre'));
    expect(analyseWord('cæcum')).toBe(analyseWord('caecum'));
  });

  it('stems so that a verb meets its -age noun and the plurals', () => {
    const nettoyer = analyseWord('nettoyer');
    expect(analyseWord('nettoyage')).toBe(nettoyer);
    expect(analyseWord('nettoyages')).toBe(nettoyer);
    expect(analyseWord('nettoyée')).toBe(nettoyer);
    expect(analyseWord('recyclage')).toBe(analyseWord('recycler'));
    expect(analyseWord('plis')).toBe(analyseWord('pli'));
    expect(analyseWord('bureaux')).toBe(analyseWord('bureau'));
  });

  it('drops stop words and lone letters but keeps digits and what buyers mean', () => {
    expect(analyseWord('de')).toBeUndefined();
    expect(analyseWord('à')).toBeUndefined();
    expect(analyseWord('l')).toBeUndefined();
    expect(analyseWord('2')).toBe('2');
    expect(analyseWord('52')).toBe('52');
    expect(analyseWord('2N')).toBe('2n');
    expect(analyseWord('sans')).toBeDefined();
  });
});

describe('analyseText', () => {
  it('gives the indexed forms of the words that count', () => {
    expect(analyseText("l'entretien de bureaux")).toEqual(['entretien', 'bureau']);
    expect(analyseText('Baluchon-À table')).toEqual([analyseWord('baluchon'), analyseWord('table')]);
  });
});

describe('highlight', () => {
  const join = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

  it('marks the words whose indexed form matched and covers the text exactly', () => {
    const text = "Nettoyage de bureaux et d'ateliers, Œuvre !";
    const terms = [analyseWord('nettoyer')!, analyseWord('oeuvre')!];
    const parts = highlight(text, terms);
    expect(join(parts)).toBe(text);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Nettoyage', 'Œuvre']);
    expect(parts[0]).toEqual({ text: 'Nettoyage', match: true });
  });

  it('merges the unmarked text between matches into one run', () => {
    const parts = highlight('traiteur de la ville', [analyseWord('traiteur')!]);
    expect(parts).toEqual([
      { text: 'traiteur', match: true },
      { text: ' de la ville', match: false },
    ]);
  });

  it('returns one unmarked run when nothing matched, and none for empty text', () => {
    expect(highlight('ASSOC TREMPLIN 52', ['nettoi'])).toEqual([{ text: 'ASSOC TREMPLIN 52', match: false }]);
    expect(highlight('', ['nettoi'])).toEqual([]);
  });
});
