import { describe, expect, it } from 'vitest';
import { formatters, loadLanguage, strings } from './i18n.js';

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

  it('speaks English with lang="en", once loaded', async () => {
    expect(strings('en').lang).toBe('fr');
    await loadLanguage('en');
    const { t } = strings('en');
    expect(t.found(1)).toBe('1 supplier found');
    expect(t.found(1234)).toBe('1,234 suppliers found');
    expect(t.inclusiveEmployees(1)).toBe('1 person in work integration or with a disability');
    expect(t.distance(2.46)).toBe('2.5 km away');
  });

  it('falls back to French for a language it does not know', () => {
    expect(strings('de').lang).toBe('fr');
  });

  it('formats numbers, kilometres and plurals as Intl does, without building Intl formatters', () => {
    for (const [lang, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']] as const) {
      const f = formatters(lang);
      const number = new Intl.NumberFormat(locale);
      const km = (digits: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: digits });
      const rules = new Intl.PluralRules(locale);
      for (const n of [0, 1, 2, 7, 999, 1000, 1234, 12_345, 123_456, 1_234_567]) {
        expect(f.number(n)).toBe(number.format(n));
        expect(f.plural(n, 'one', 'other')).toBe(rules.select(n));
      }
      for (const distance of [0, 0.04, 0.96, 1, 2.46, 9.94, 9.96, 10, 12.6, 99.5, 1234.4]) {
        expect(f.km(distance)).toBe(km(distance < 10 ? 1 : 0).format(distance));
      }
      expect(f.plural(1.5, 'one', 'other')).toBe(rules.select(1.5));
    }
  });
});
