import { describe, expect, it } from 'vitest';
import { describeSearch, MAX_QUERY_TEXT, normalizeQueryText } from './normalize.js';

describe('normalizeQueryText', () => {
  it('lowercases, drops accents and punctuation, and collapses spaces', () => {
    expect(normalizeQueryText('  Entretien   des Espaces-Verts ! ')).toBe('entretien des espaces-verts');
    expect(normalizeQueryText('Blanchisserie, Œuvre; écologie')).toBe('blanchisserie œuvre ecologie');
  });

  it.each([
    ['traiteur jean.dupont@example.org', 'traiteur …'],
    ['appeler le 06 12 34 56 78 pour nettoyage', 'appeler le … pour nettoyage'],
    ['+33 6 12 34 56 78', '…'],
    ['siret 123 456 789 00012', 'siret …'],
    ['depuis 192.168.1.20', 'depuis …'],
    ['2001:db8::1 menuiserie', '… menuiserie'],
    ['clé pk_live_abcdef123 et sk_secret_xyz', 'cle … et …'],
    ['https://exemple.org/contact?nom=Dupont jardin', '… jardin'],
  ])('removes what may identify someone: %s', (text, expected) => {
    expect(normalizeQueryText(text)).toBe(expected);
  });

  it('keeps short numbers (a department, a year) and cuts long texts', () => {
    expect(normalizeQueryText('nettoyage 35 2025')).toBe('nettoyage 35 2025');
    expect(normalizeQueryText('mot '.repeat(100)).length).toBeLessThanOrEqual(MAX_QUERY_TEXT);
  });
});

describe('describeSearch', () => {
  it('keeps the text and the filters in a fixed order, without the coordinates of near', () => {
    expect(
      describeSearch({ q: 'Plombier', serves: ['commune:35238'], sectors: ['b-sector' as never, 'a-sector' as never], near: { lat: 48.1, lng: -1.6, radiusKm: 10 } }),
    ).toBe('plombier | sector=a-sector,b-sector | serves=commune:35238 | near≤10km');
    expect(describeSearch({ kinds: ['EA'] })).toBe('(sans texte) | kind=EA');
  });
});
