import { describe, expect, it } from 'vitest';
import type { Supplier, Taxonomy } from '../../sdk/src/types.js';
import { excerpt, reach } from './explain.js';
import { strings } from './i18n.js';
import { createNames } from './names.js';
import { supplier } from '../test/fake-api.js';

const { t } = strings('fr');
const taxonomy = { kinds: [], prestaTypes: [], sectorGroups: [], networks: [], labels: [], regions: [{ code: '53', name: 'Bretagne' }], departments: [] } as unknown as Taxonomy;
const names = createNames(taxonomy, 'fr');

describe('excerpt', () => {
  it('keeps a short field whole', () => {
    const parts = [{ text: 'Nettoyage de ', match: false }, { text: 'bureaux', match: true }];
    expect(excerpt(parts)).toEqual(parts);
  });

  it('cuts a long lead at a word and a long tail, keeping the match', () => {
    const lead = 'Notre association accompagne depuis vingt ans des personnes éloignées de l’emploi dans le ';
    const parts = [{ text: lead, match: false }, { text: 'nettoyage', match: true }, { text: ' x'.repeat(200), match: false }];
    const out = excerpt(parts);
    expect(out[0]!.text.startsWith('…')).toBe(true);
    expect(out[0]!.text.length).toBeLessThanOrEqual(41);
    expect(out[1]).toEqual({ text: 'nettoyage', match: true });
    expect(out.map((part) => part.text).join('').length).toBeLessThanOrEqual(170);
    expect(out.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('gives nothing when nothing matched', () => {
    expect(excerpt([{ text: 'rien', match: false }])).toEqual([]);
  });
});

describe('reach', () => {
  const withRanges = (...activities: Supplier['activities']) => supplier('r', { activities });

  it('says all of France when any activity covers it', () => {
    const s = withRanges(
      { sector: 'traiteur', prestaTypes: [], range: { type: 'ZONES', zones: ['department:35'] } },
      { sector: 'traiteur', prestaTypes: [], range: { type: 'COUNTRY' } },
    );
    expect(reach(s, t, names)).toBe('Intervient dans toute la France');
  });

  it('names departments by number and regions by name, and a radius in km', () => {
    const s = withRanges(
      { sector: 'traiteur', prestaTypes: [], range: { type: 'ZONES', zones: ['department:35', 'commune:56121', 'region:53'] } },
      { sector: 'traiteur', prestaTypes: [], range: { type: 'CUSTOM', km: 50 } },
    );
    expect(reach(s, t, names)).toBe('Intervient dans 35, 56 et Bretagne · Intervient dans un rayon de 50\u202fkm');
  });
});
