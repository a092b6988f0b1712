import { describe, expect, it } from 'vitest';
import type { Supplier } from '../../../../sdk/src/types.js';
import { SUPPLIER } from '../../../test-support/fakes.test-support.js';
import { csvCell, suppliersCsv } from './csv.js';

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('ASSOC TREMPLIN 35')).toBe('ASSOC TREMPLIN 35');
    expect(csvCell('Baluchon-À table citoyens')).toBe('Baluchon-À table citoyens');
  });
  it('quotes a cell holding the separator, a quote or a line break, its quotes doubled', () => {
    expect(csvCell('Nettoyage; vitrerie')).toBe('"Nettoyage; vitrerie"');
    expect(csvCell('L’atelier "Le Fil"')).toBe('"L’atelier ""Le Fil"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
  });
  it('makes inert a cell a spreadsheet would run as a formula (= + - @, tab, carriage return)', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","clic")')).toBe(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(csvCell('+33 2 99 00 00 00')).toBe("'+33 2 99 00 00 00");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });
});

describe('suppliersCsv', () => {
  const supplier: Supplier = {
    ...SUPPLIER,
    brand: 'Tremplin; Jardins',
    address: { ...SUPPLIER.address, street: '12 rue de la Paix' },
    contact: { email: 'contact@tremplin.example', phone: '+33 2 99 00 00 00' },
    website: 'https://tremplin.example',
    networks: ['coorace'],
    activities: [...SUPPLIER.activities, SUPPLIER.activities[0]!],
  };

  it('starts with a byte-order mark and a title line, ends lines with CRLF, separates with ;', () => {
    const text = suppliersCsv([supplier]);
    expect(text.startsWith('\uFEFFRaison sociale / Name;Enseigne / Trading name;SIRET;Type / Kind;')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]!.split(';')).toHaveLength(12);
  });
  it('writes one line per supplier: names, SIRET, kind, address, contact, sector and network labels', () => {
    const [, row] = suppliersCsv([supplier]).slice(1).split('\r\n');
    expect(row).toBe(
      [
        'ASSOC TREMPLIN 35',
        '"Tremplin; Jardins"',
        '12345678900012',
        'ACI',
        '12 rue de la Paix',
        '35000',
        'Rennes',
        'contact@tremplin.example',
        "'+33 2 99 00 00 00",
        'https://tremplin.example',
        'Nettoyage de locaux',
        'Coorace',
      ].join(';'),
    );
  });
  it('leaves empty the cells a supplier has nothing for', () => {
    const [, row] = suppliersCsv([{ ...SUPPLIER, activities: [] }]).slice(1).split('\r\n');
    expect(row).toBe('ASSOC TREMPLIN 35;;12345678900012;ACI;;35000;Rennes;;;;;');
  });
});
