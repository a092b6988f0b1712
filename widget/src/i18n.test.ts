import { describe, expect, it } from 'vitest';
import { strings } from './i18n.js';

describe('i18n', () => {
  it('speaks French by default, with French plurals and number formats', () => {
    const { lang, t } = strings(undefined);
    expect(lang).toBe('fr');
    expect(t.found(0)).toBe('Aucun fournisseur trouvé');
    expect(t.found(1)).toBe('1 fournisseur trouvé');
    expect(t.found(1234)).toMatch(/^1\s234 fournisseurs trouvés$/);
    // The separators are narrow no-break spaces in recent ICU versions: any space will do.
    expect(t.distance(2.46)).toMatch(/^à 2,5\skm$/);
    expect(t.distance(12.6)).toMatch(/^à 13\skm$/);
  });

  it('speaks English with lang="en"', () => {
    const { t } = strings('en');
    expect(t.found(1)).toBe('1 supplier found');
    expect(t.found(1234)).toBe('1,234 suppliers found');
    expect(t.inclusiveEmployees(1)).toBe('1 person in work integration or with a disability');
    expect(t.distance(2.46)).toBe('2.5 km away');
  });

  it('falls back to French for a language it does not know', () => {
    expect(strings('de').lang).toBe('fr');
  });
});
