import { describe, expect, it } from 'vitest';
import { keep } from './shortlist.js';
import { shortlistCsv } from './shortlist-csv.js';
import { supplier } from '../test/fake-api.js';

const header = ['Nom', 'SIRET', 'Type', 'Adresse', 'Code postal', 'Ville', 'E-mail', 'Téléphone', 'Site internet', 'Secteurs'];

describe('shortlistCsv', () => {
  it('writes a BOM, a header and one row per supplier, cells separated by ;', () => {
    const s = keep(
      supplier('a1', {
        name: 'TRAITEUR SOLIDAIRE',
        brand: 'Le Bon Plat',
        contact: { email: 'contact@bonplat.example', phone: '04 72 00 00 00' },
        address: { street: '3 rue de la Paix', postcode: '69001', city: 'Lyon', communeCode: '69381', department: '69', region: '84', point: { lat: 0, lng: 0 } },
      }),
    );
    const csv = shortlistCsv([s], header, (code) => `kind ${code}`, (slug) => `sector ${slug}`);
    expect(csv.startsWith('\uFEFFNom;SIRET;Type;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      `Le Bon Plat (TRAITEUR SOLIDAIRE);${s.siret};kind EI;3 rue de la Paix;69001;Lyon;contact@bonplat.example;04 72 00 00 00;;sector traiteur`,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with ; or quotes, and never lets a cell start a formula', () => {
    const hostile = keep(supplier('h', { name: '=HYPERLINK("http://evil.example";"x")', brand: 'A; "B"' }));
    const row = shortlistCsv([hostile], header, String, String).split('\r\n')[1]!;
    expect(row.startsWith('"A; ""B"" (=HYPERLINK(""http://evil.example"";""x""))";')).toBe(true);
    const formula = shortlistCsv([keep(supplier('f', { name: '+33 CALL' }))], header, String, String).split('\r\n')[1]!;
    expect(formula.startsWith("'+33 CALL;")).toBe(true);
  });
});
