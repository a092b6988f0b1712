import { describe, expect, it } from 'vitest';
import type { SectorSlug, Supplier } from '../../../../sdk/src/types.js';
import { analyseWord } from './french.js';
import { createTextIndex } from './text.js';
import type { TextIndex } from './text.types.js';

function supplier(id: string, fields: Partial<Supplier> & { city?: string; sectors?: SectorSlug[] }): Supplier {
  const { city = 'Chaumont', sectors = [], ...rest } = fields;
  return {
    id,
    siret: '12345678900011',
    name: `SUPPLIER ${id}`,
    kind: 'EI',
    address: {
      postcode: '52000',
      city,
      communeCode: '52121',
      department: '52',
      region: '44',
      point: { lat: 48.11, lng: 5.14 },
    },
    activities: sectors.map((sector) => ({ sector, prestaTypes: ['PREST'], range: { type: 'COUNTRY' } })),
    networks: [],
    labels: [],
    offers: [],
    clientReferences: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...rest,
  };
}

const suppliers = [
  supplier('tremplin', { name: 'ASSOC TREMPLIN 52', description: "Chantier d'insertion : ENTRETIEN des espaces verts" }),
  supplier('baluchon', { name: 'BALUCHON', brand: 'Baluchon-À table citoyens', offers: [{ name: 'Traiteur', description: 'Plateaux repas' }] }),
  supplier('recup', { name: 'SARL RECUPERATION DU NORD', offers: [{ name: 'Récupération de mobilier' }] }),
  supplier('oeuvre', { name: 'ŒUVRE SOCIALE', brand: "L'Atelier du Bois" }),
  supplier('proprete', { name: 'ESAT PROPRETE', offers: [{ name: 'Nettoyage de bureaux', description: 'Entretien de locaux professionnels' }] }),
  supplier('vitres', { name: 'ENTREPRISE CLAIR', description: 'Nous savons nettoyer les vitres et les bureaux.' }),
  supplier('routage', { name: 'EA ROUTAGE 21', offers: [{ name: 'Mise sous pli', description: 'Routage de courriers' }] }),
  supplier('linge', { name: 'ESAT DU LINGE', sectors: ['blanchisserie'], city: 'Dijon' }),
];

function indexed() {
  const index = createTextIndex({ sectorLabel: (slug) => (slug === 'blanchisserie' ? 'Blanchisserie' : slug) });
  index.add(suppliers);
  return index;
}

/** The matches of a text by supplier id: score and matched terms. */
function byId(index: TextIndex, text: string): Map<string, { score: number; terms: string[] }> {
  const matches = index.search(text);
  return new Map(Array.from(matches.docs, (doc, i) => [index.idOf(doc)!, { score: matches.scores[i]!, terms: matches.terms(i).flat() }]));
}

const ids = (matches: Map<string, unknown>) => [...matches.keys()];

describe('createTextIndex().search', () => {
  it('finds words in capitals and without accents, both ways', () => {
    const index = indexed();
    expect(ids(byId(index, 'entretien '))).toContain('tremplin');
    expect(ids(byId(index, 'récupération '))).toContain('recup');
    expect(ids(byId(index, 'recuperation '))).toContain('recup');
  });

  it('matches œ written as oe, and words after an apostrophe', () => {
    const index = indexed();
    expect(ids(byId(index, 'oeuvre '))).toEqual(['oeuvre']);
    expect(ids(byId(index, "l'atelier "))).toEqual(['oeuvre']);
  });

  it('lets nettoyer and nettoyage meet', () => {
    const index = indexed();
    expect(ids(byId(index, 'nettoyage ')).sort()).toEqual(['proprete', 'vitres']);
    expect(ids(byId(index, 'nettoyer ')).sort()).toEqual(['proprete', 'vitres']);
  });

  it('tolerates typos in words of four letters or more', () => {
    const index = indexed();
    expect(ids(byId(index, 'netoyage ')).sort()).toEqual(['proprete', 'vitres']);
    expect(ids(byId(index, 'traitteur '))).toEqual(['baluchon']);
  });

  it('tries typos only when the words as typed find nothing', () => {
    const index = createTextIndex();
    index.add([supplier('spelt', { name: 'MENUISERIE DU VAL' }), supplier('misspelt', { name: 'MENUSERIE DU MONT' })]);
    expect(ids(byId(index, 'menuiserie '))).toEqual(['spelt']);
    expect(ids(byId(index, 'menusierie ')).sort()).toEqual(['misspelt', 'spelt']);
  });

  it('reads the last word as a prefix while it is being typed', () => {
    const index = indexed();
    expect(ids(byId(index, 'nett')).sort()).toEqual(['proprete', 'vitres']);
    expect(ids(byId(index, 'trait'))).toEqual(['baluchon']);
    expect(ids(byId(index, 'mise sous p'))).toEqual(['routage']);
  });

  it('does not read a finished word as a prefix', () => {
    expect(byId(indexed(), 'tremp ').size).toBe(0);
  });

  it('requires every word but the stop words', () => {
    const index = indexed();
    expect(ids(byId(index, 'nettoyage de bureaux')).sort()).toEqual(['proprete', 'vitres']);
    expect(ids(byId(index, 'nettoyage locaux'))).toEqual(['proprete']);
  });

  it('falls back to any word when no supplier has them all', () => {
    const index = indexed();
    expect(ids(byId(index, 'traiteur montgolfière')).sort()).toEqual(['baluchon']);
  });

  it('finds suppliers by the labels of their sectors and by city', () => {
    const index = indexed();
    expect(ids(byId(index, 'blanchisserie'))).toEqual(['linge']);
    expect(ids(byId(index, 'dijon'))).toEqual(['linge']);
  });

  it('ranks a supplier whose name matches above one whose description does', () => {
    const index = createTextIndex();
    index.add([
      supplier('described', { name: 'SARL DUPONT', description: 'Récupération et tri' }),
      supplier('named', { name: 'RECUPERATION 21' }),
    ]);
    const ranked = [...byId(index, 'récupération ')].sort(([, a], [, b]) => b.score - a.score);
    expect(ranked.map(([id]) => id)).toEqual(['named', 'described']);
  });

  it('returns the indexed terms of the document that matched, for highlights', () => {
    const match = byId(indexed(), 'netoyage bur').get('vitres');
    expect(match?.terms.sort()).toEqual([analyseWord('bureaux'), analyseWord('nettoyer')].sort());
  });

  it('highlights only the fields where the match holds a term, covering each field exactly', () => {
    const index = indexed();
    const matches = index.search('netoyage bur');
    const vitres = suppliers.find((candidate) => candidate.id === 'vitres')!;
    const i = Array.from(matches.docs).findIndex((doc) => index.idOf(doc) === 'vitres');
    const highlights = index.highlight(vitres, matches, i);
    expect(highlights.map((highlight) => highlight.field)).toEqual(['description']);
    const { parts } = highlights[0]!;
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['nettoyer', 'bureaux']);
    expect(parts.map((part) => part.text).join('')).toBe(vitres.description);
  });

  it('finds a short rare name word typed with a letter dropped, doubled or swapped, even when another name begins with the typo', () => {
    const index = createTextIndex();
    index.add([
      supplier('cabiro', { name: 'SARL CABIRO' }),
      supplier('cabrol', { name: 'ENTREPRISE CABROL' }),
      supplier('cabris', { name: 'ATELIER CABRIS' }),
      supplier('delta', { name: 'DELTA SERVICES', description: 'Espaces verts' }),
    ]);
    const best = (text: string) => [...byId(index, text)].sort(([, a], [, b]) => b.score - a.score)[0]?.[0];
    // Dropped ("cabro" also begins "cabrol"), doubled, swapped; as typed (last word a prefix) and complete.
    for (const typed of ['cabro', 'cabbiro', 'caibro', 'cabro ', 'caibro ']) expect(best(typed), typed).toBe('cabiro');
    expect(best('delat services')).toBe('delta');
  });

  it('adds no shorter close word to a word being typed that has completions: "menuis" is not "menus"', () => {
    const index = createTextIndex();
    index.add([supplier('menuiserie', { name: 'MENUISERIE DU VAL' }), supplier('menus', { name: 'LES MENUS DU JOUR' })]);
    expect(ids(byId(index, 'menuis'))).toEqual(['menuiserie']);
  });

  it('ranks the supplier named by exactly the words typed above the longer names holding them', () => {
    const index = createTextIndex();
    index.add([
      supplier('longer', { name: 'LES ATELIERS DU VAL', description: 'Ateliers, ateliers et ateliers' }),
      supplier('exact', { name: 'ASSOCIATION MOSAIQUE', brand: 'Les Ateliers' }),
      supplier('other', { name: 'LES ATELIERS DE LA FORET' }),
    ]);
    const ranked = [...byId(index, 'les ateliers')].sort(([, a], [, b]) => b.score - a.score).map(([id]) => id);
    expect(ranked[0]).toBe('exact');
  });

  it('finds nothing for stop words alone', () => {
    expect(byId(indexed(), 'de la ').size).toBe(0);
  });
});

describe('createTextIndex() add and remove', () => {
  it('removes suppliers by id and ignores unknown ids', () => {
    const index = indexed();
    index.remove(['baluchon', 'unknown']);
    expect(byId(index, 'traiteur').size).toBe(0);
    expect(ids(byId(index, 'tremplin'))).toEqual(['tremplin']);
  });

  it('replaces a supplier added again under the same id', () => {
    const index = indexed();
    index.add([supplier('baluchon', { name: 'BALUCHON', offers: [{ name: 'Menuiserie' }] })]);
    expect(byId(index, 'traiteur').size).toBe(0);
    expect(ids(byId(index, 'menuiserie'))).toEqual(['baluchon']);
  });

  it('keeps the last of two suppliers with the same id in one batch', () => {
    const index = createTextIndex();
    index.add([supplier('a', { name: 'TRAITEUR' }), supplier('a', { name: 'MENUISERIE' })]);
    expect(byId(index, 'traiteur').size).toBe(0);
    expect(ids(byId(index, 'menuiserie'))).toEqual(['a']);
  });
});

describe('createTextIndex().suggest', () => {
  it('completes every word of a name or trading name as typed', () => {
    const index = indexed();
    expect(index.suggest('tremp', 5)).toEqual(['tremplin']);
    expect(index.suggest('assoc trem', 5)).toEqual(['tremplin']);
    expect(index.suggest('balu tab', 5)).toEqual(['baluchon']);
  });

  it('tolerates a light typo and looks at names only', () => {
    const index = indexed();
    expect(index.suggest('tremplni', 5)).toEqual(['tremplin']);
    expect(index.suggest('traiteur', 5)).toEqual([]);
  });

  it('returns at most `limit` ids, best first', () => {
    const index = indexed();
    expect(index.suggest('esat', 1)).toHaveLength(1);
    const both = index.suggest('esat', 5);
    expect(both.sort()).toEqual(['linge', 'proprete']);
  });
});
