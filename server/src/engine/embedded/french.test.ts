import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { analyseText, analyseWord, eachWord, highlight, initialAt } from './french.js';

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

describe('initialAt', () => {
  // highlight() skips the words whose folded initial no matched term begins with.
  const beginsAsPromised = (word: string) => {
    const form = analyseWord(word);
    const initial = initialAt(word, 0);
    if (form === undefined || initial === -1) return true;
    const first = form.charCodeAt(0);
    return first === initial || (String.fromCharCode(initial) === 'y' && form[0] === 'i');
  };

  it('gives the first letter every indexed form begins with, over the whole demo vocabulary', () => {
    const texts = generateDemoSuppliers({ count: 2000 }).flatMap((supplier) => [
      supplier.name,
      supplier.brand ?? '',
      supplier.description ?? '',
      supplier.address.city,
      ...supplier.offers.map((offer) => `${offer.name} ${offer.description ?? ''}`),
    ]);
    const vocabulary = new Set(texts.flatMap(words));
    expect(vocabulary.size).toBeGreaterThan(500);
    expect([...vocabulary].filter((word) => !beginsAsPromised(word))).toEqual([]);
  });

  it('holds for any word of French letters, ligatures, digits and marks', () => {
    const letter = fc.constantFrom(...'aàâeéèêëiîïoôœuùûüyÿcçæbdfghjklmnpqrstvwxzAÀÉÈÎÔŒÇYŸÆ7\u0301'.split(''));
    fc.assert(fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (letters) => beginsAsPromised(letters.join(''))), {
      numRuns: 2000,
    });
  });

  it('says it cannot tell for a word that begins with a mark or beyond the basic plane', () => {
    expect(initialAt('\u0301e', 0)).toBe(-1);
    expect(initialAt('𝐀b', 0)).toBe(-1);
    expect(initialAt('Œuvre', 0)).toBe('o'.charCodeAt(0));
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
