import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../../sdk/src/types.js';
import { getGeography } from '../domain/geography.js';
import { applyInterpretation, interpret, typesNotRead } from './interpret.js';
import { vocabularyOf } from './vocabulary.js';

const vocabulary = vocabularyOf(getGeography());
const read = (q: string, skip: Parameters<typeof interpret>[2] = new Set()) => interpret(q, vocabulary, skip);
const parts = (q: string) => read(q)?.parts.map(({ type, value }) => `${type}=${value}`);

describe('interpret', () => {
  it('reads the what and the where buyers put in one box', () => {
    expect(parts('traiteur lyon')).toEqual(['sector=traiteur', 'place=commune:69123']);
    expect(parts('nettoyage rennes')).toEqual(['sector=hygiene-et-proprete-64', 'place=commune:35238']);
    expect(parts('esat paris')).toEqual(['kind=ESAT', 'place=commune:75056']);
    expect(parts('espaces verts 35')).toEqual(['sector=espaces-verts-exterieurs-2', 'place=department:35']);
    expect(parts('blanchisserie 69')).toEqual(['sector=blanchisserie', 'place=department:69']);
  });

  it('says what it understood, with the words as typed and nothing left to search', () => {
    expect(read('Espaces Verts Ille-et-Vilaine')).toEqual({
      text: '',
      parts: [
        { type: 'sector', value: 'espaces-verts-exterieurs-2', label: 'Espaces verts & extérieurs', words: 'Espaces Verts' },
        { type: 'place', value: 'department:35', label: 'Ille-et-Vilaine', words: 'Ille-et-Vilaine' },
      ],
    });
  });

  it('knows regions, department names, postcodes, "St" and multi-word kinds', () => {
    expect(parts('entreprise adaptée bretagne')).toEqual(['kind=EA', 'place=region:53']);
    expect(parts("chantier d'insertion nord")).toEqual(['kind=ACI', 'place=department:59']);
    expect(parts('restauration collective 44000')).toEqual(['sector=restauration-collective', 'place=commune:44109']);
    expect(parts('st etienne traiteur')).toEqual(['place=commune:42218', 'sector=traiteur']);
    expect(parts('ESAT Saint-Martin')).toEqual(['kind=ESAT', 'place=department:978']);
  });

  it('keeps the other words as text, and drops the words that only join the parts', () => {
    expect(read('la fourmilière rennes')).toMatchObject({ text: 'fourmilière', parts: [{ type: 'place', value: 'commune:35238' }] });
    expect(read('traiteur bio à Lyon')?.text).toBe('bio');
    expect(read('Traiteur à Lyon')?.text).toBe('');
  });

  it('reads a kind alone, or with a sector, but not a sector alone: the text search finds it in sector labels', () => {
    expect(parts('esat')).toEqual(['kind=ESAT']);
    expect(parts('esat blanchisserie')).toEqual(['kind=ESAT', 'sector=blanchisserie']);
    expect(read('traiteur')).toBeUndefined();
    expect(read('nettoyage')).toBeUndefined();
  });

  it('reads nothing in a name without a place, nor in text naming nothing', () => {
    expect(read('mosaique proprete')).toBeUndefined();
    expect(read('esat de la meige')).toBeUndefined();
    expect(read('ateliers protégés')).toBeUndefined();
    expect(read('zzz')).toBeUndefined();
  });

  it('leaves ambiguous names as words: homonym cities, two places, everyday words', () => {
    // Saint-Denis (93) and Saint-Denis (La Réunion) are as big; neither is meant.
    expect(read('baluchon saint-denis')).toBeUndefined();
    expect(parts('traiteur lyon paris')).toBeUndefined();
    // "Lot" and "Cher" are departments, and words of a purchase.
    expect(read('nettoyage lot 2')).toBeUndefined();
    // A commune of one common word needs 5,000 inhabitants to be read as a place.
    expect(read('menuiserie bois')).toBeUndefined();
  });

  it('skips the types the request sets itself or keeps literal', () => {
    expect(read('traiteur lyon', new Set(['place']))).toBeUndefined();
    expect(parts('esat lyon')).toEqual(['kind=ESAT', 'place=commune:69123']);
    expect(read('esat lyon', new Set(['kind']))).toMatchObject({ text: 'esat', parts: [{ type: 'place' }] });
    expect([...typesNotRead({ q: 'x', literal: ['kind'], serves: ['commune:35238'], sectorGroups: ['restauration'] })].sort()).toEqual(['kind', 'place', 'sector']);
    expect([...typesNotRead({ q: 'x', near: { lat: 48, lng: -1, radiusKm: 10 }, families: ['handicap'] })].sort()).toEqual(['kind', 'place']);
  });
});

describe('applyInterpretation', () => {
  it('turns the parts into serves, sector or sector group, and kind filters, and the text into the rest', () => {
    const request: SearchRequest = { q: 'traiteur bio lyon', perPage: 5 };
    expect(applyInterpretation(request, read(request.q!)!)).toEqual({ q: 'bio', perPage: 5, sectors: ['traiteur'], serves: ['commune:69123'] });
    expect(applyInterpretation({ q: 'esat nettoyage 35' }, read('esat nettoyage 35')!)).toEqual({
      kinds: ['ESAT'],
      sectorGroups: ['hygiene-et-proprete-64'],
      serves: ['department:35'],
    });
  });
});
