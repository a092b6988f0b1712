import { describe, expect, it } from 'vitest';
import type { Supplier } from '../../../sdk/src/types.js';
import { loadStoredSuppliers } from '../data-dir/index.js';
import { bytesOf, marcheRecord, siretOf, temporaryDirectory } from './ingest.test-support.js';
import { importSuppliers, type ImportOptions } from './pipeline.js';

const NOW = () => new Date('2026-02-01T12:00:00Z');

async function importText(dataDir: string, text: string | Uint8Array, extra: Partial<ImportOptions> = {}) {
  return importSuppliers({ source: { type: 'body', name: 'test', body: bytesOf(text) }, dataDir, now: NOW, ...extra });
}

function canonical(n: number, overrides: Partial<Supplier> = {}): Supplier {
  return {
    id: `atelier-${n}`,
    siret: siretOf(n),
    name: `SARL ATELIER ${n}`,
    kind: 'EA',
    address: { postcode: '69003', city: 'Lyon', communeCode: '69123', department: '69', region: '84', point: { lat: 45.76, lng: 4.85 } },
    activities: [{ sector: 'creation-et-entretien-des-espaces-verts', prestaTypes: ['PREST'], range: { type: 'COUNTRY' } }],
    networks: ['union-nationale-des-entreprises-adaptees'],
    labels: [],
    offers: [],
    clientReferences: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('import formats', () => {
  it('reads canonical NDJSON, one contract Supplier per line, as it is', async () => {
    const dataDir = await temporaryDirectory();
    const lines = [canonical(1), canonical(2)].map((s) => JSON.stringify(s)).join('\n');
    const { report } = await importText(dataDir, `${lines}\n`);
    expect(report).toMatchObject({ status: 'ok', format: 'ndjson', rows: 2, accepted: 2, created: 2, stored: 2 });
    const stored = await loadStoredSuppliers(dataDir);
    expect(stored).toEqual([{ ...canonical(1), active: true }, { ...canonical(2), active: true }]);
  });

  it('reads a JSON array of Marché records, deriving place, activities and id', async () => {
    const dataDir = await temporaryDirectory();
    const { report } = await importText(dataDir, JSON.stringify([marcheRecord(1), marcheRecord(2)], null, 2));
    expect(report).toMatchObject({ status: 'ok', format: 'json', accepted: 2 });
    const [first] = (await loadStoredSuppliers(dataDir))!;
    expect(first).toMatchObject({
      id: `tremplin-a-table-1-${siretOf(1).slice(0, 5)}`,
      name: 'ASSOC TREMPLIN 1',
      brand: 'Tremplin-À table 1',
      kind: 'ACI',
      website: 'https://tremplin1.example.org',
      address: { street: '12 rue de la Paix', postcode: '35000', city: 'Rennes', communeCode: '35238', department: '35', region: '53' },
      // No range in the record: the documented default, the supplier's own department.
      activities: [{ sector: 'creation-et-entretien-des-espaces-verts', prestaTypes: ['PREST'], range: { type: 'ZONES', zones: ['department:35'] } }],
      networks: ['chantier-ecole'],
      offers: [{ name: 'Tonte et taille', description: 'Entretien de parcs' }],
      clientReferences: [{ name: 'Ville de Rennes' }],
      active: true,
      updatedAt: '2025-06-01T10:00:00.000Z',
    });
    expect(first!.address.point.lat).toBeCloseTo(48.11, 1);
  });

  it('reads a DRF page from a file and the Marché geo_range', async () => {
    const dataDir = await temporaryDirectory();
    const page = {
      count: 3,
      next: null,
      previous: null,
      results: [
        marcheRecord(1, { geo_range: 'COUNTRY' }),
        marcheRecord(2, { geo_range: 'CUSTOM', geo_range_custom_distance: 40 }),
        marcheRecord(3, { geo_range: 'REGION' }),
      ],
    };
    const { report } = await importText(dataDir, JSON.stringify(page, null, 1));
    expect(report).toMatchObject({ status: 'ok', format: 'json', accepted: 3 });
    const ranges = (await loadStoredSuppliers(dataDir))!.map((s) => s.activities[0]!.range);
    expect(ranges).toEqual([{ type: 'COUNTRY' }, { type: 'CUSTOM', km: 40 }, { type: 'ZONES', zones: ['region:53'] }]);
  });

  it('reads a Windows-1252 CSV with ";", a BOM, quoted fields and multi-values', async () => {
    const dataDir = await temporaryDirectory();
    const csv = [
      'Nom;SIRET;Type de structure;Secteurs;Code postal;Ville;Site web;Périmètre',
      `ESAT LES ATELIERS DU VAL;${siretOf(1)};Établissement ou service d'aide par le travail;"Création et entretien des espaces verts;blanchisserie";1000;Bourg-en-Bresse;https://val.example.org;France`,
      `"ASSOC ""ÉLAN"" BOURG";${siretOf(2)};ACI;Création et entretien des espaces verts;01000;Saint-Denis-lès-Bourg;;département`,
    ].join('\r\n');
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
    // Windows-1252: é is 0xE9, É is 0xC9, è 0xE8: no valid UTF-8 sequence.
    const bytes = Buffer.concat([bom, Buffer.from(csv, 'latin1')]);
    expect(bytes.includes(0xe9)).toBe(true);
    const { report } = await importText(dataDir, bytes);
    expect(report.entries.filter((e) => e.severity === 'rejected')).toEqual([]);
    expect(report).toMatchObject({ status: 'ok', format: 'csv', accepted: 2 });
    const [val, elan] = (await loadStoredSuppliers(dataDir))!;
    expect(val).toMatchObject({
      name: 'ESAT LES ATELIERS DU VAL',
      kind: 'ESAT',
      website: 'https://val.example.org',
      address: { postcode: '01000', city: 'Bourg-en-Bresse', communeCode: '01053', department: '01', region: '84' },
    });
    expect(val!.activities.map((a) => [a.sector, a.prestaTypes, a.range])).toEqual([
      ['creation-et-entretien-des-espaces-verts', ['PREST'], { type: 'COUNTRY' }],
      ['blanchisserie', ['PREST'], { type: 'COUNTRY' }],
    ]);
    expect(elan).toMatchObject({ name: 'ASSOC "ÉLAN" BOURG', kind: 'ACI', address: { city: 'Saint-Denis-lès-Bourg' } });
    expect(elan!.address.communeCode).not.toBe('01053');
    expect(elan!.activities[0]!.range).toEqual({ type: 'ZONES', zones: ['department:01'] });
  });

  it('reads a UTF-8 CSV with "," and "|" multi-values, networks by name', async () => {
    const dataDir = await temporaryDirectory();
    const csv = [
      'name,siret,kind,sectors,presta types,postcode,city,networks,latitude,longitude',
      `ATELIER 2N,${siretOf(3)},entreprise adaptée,blanchisserie|Création et entretien des espaces verts,BUILD|Prestation de service,35000,Rennes,UNEA,"48,1","-1,68"`,
    ].join('\n');
    const { report } = await importText(dataDir, csv);
    expect(report).toMatchObject({ status: 'ok', format: 'csv', accepted: 1 });
    const [supplier] = (await loadStoredSuppliers(dataDir))!;
    expect(supplier).toMatchObject({ kind: 'EA', networks: ['union-nationale-des-entreprises-adaptees'], address: { point: { lat: 48.1, lng: -1.68 } } });
    expect(supplier!.activities.map((a) => a.prestaTypes)).toEqual([['BUILD', 'PREST'], ['BUILD', 'PREST']]);
  });

  it('takes --format over detection', async () => {
    const dataDir = await temporaryDirectory();
    const { report } = await importText(dataDir, JSON.stringify([marcheRecord(1)]), { format: 'marche' });
    expect(report).toMatchObject({ status: 'ok', format: 'marche', accepted: 1 });
  });
});
