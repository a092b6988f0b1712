/**
 * A realistic sample of the reference directory (server/test-fixtures/marche-directory-sample.json,
 * 81 fictitious rows in Le Marché de l'inclusion's API format, with its textures: CEDEX
 * postcodes, overseas collectivities, NICs failing their check digit, cities
 * disagreeing with their postcode, the same SIRET on two rows, legal names in
 * capitals, empty optional fields) imported whole: every row is accounted for.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse, Supplier } from '../../../sdk/src/types.js';
import { createApp } from '../app.js';
import { getGeography } from '../domain/geography.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import { temporaryDirectory } from './ingest.test-support.js';
import { importSuppliers } from './pipeline.js';
import { summary } from './report.js';
import type { ImportReport } from './types.js';

const SAMPLE = fileURLToPath(new URL('../../test-fixtures/marche-directory-sample.json', import.meta.url));

interface Row {
  name: string;
  siret: string;
  city: string;
  post_code: string;
}

let rows: Row[];
let report: ImportReport;
let suppliers: Supplier[];
const bySiret = (siret: string) => suppliers.find((s) => s.siret === siret);
const rowNamed = (name: string) => rows.find((r) => r.name === name)!;
const supplierOfRow = (name: string) => bySiret(rowNamed(name).siret)!;

beforeAll(async () => {
  rows = JSON.parse(await readFile(SAMPLE, 'utf8')) as Row[];
  const outcome = await importSuppliers({ source: { type: 'file', path: SAMPLE }, dataDir: await temporaryDirectory() });
  report = outcome.report;
  suppliers = outcome.suppliers!;
});

describe('importing a realistic sample of the directory', () => {
  it('accounts for every row: imported, merged as a duplicate, or rejected for a stated reason', () => {
    expect(report.rows).toBe(rows.length);
    const rejected = new Map(report.entries.filter((e) => e.severity === 'rejected').map((e) => [e.index!, e]));
    const merged = new Set<number>();
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (rejected.has(index)) return;
      expect(bySiret(row.siret), `row ${index} (${row.name})`).toBeDefined();
      if (seen.has(row.siret)) merged.add(index);
      seen.add(row.siret);
    });
    expect(rejected.size + merged.size + suppliers.length).toBe(rows.length);
    expect(merged.size).toBe(report.duplicatesMerged);
    expect(report).toMatchObject({ status: 'partial', accepted: rows.length - rejected.size, rejected: rejected.size, stored: suppliers.length });
  });

  it('rejects only the rows that cannot stand as a supplier, and says which identity or name is missing', () => {
    const rejections = report.entries
      .filter((e) => e.severity === 'rejected')
      .map((e) => [rows[e.index!]!.name.trim(), e.code, e.field]);
    expect(rejections).toEqual([
      ['SIRET FAUX SARL', 'no_identity', 'siret'],
      ['SIREN INVALIDE', 'no_identity', 'siret'],
      ['SANS SIRET', 'no_identity', 'siret'],
      ['', 'no_name', 'name'],
      ['', 'no_name', 'name'],
    ]);
    expect(report.rejectedByClass).toEqual({ no_identity: 3, no_name: 2 });
  });

  it('counts the warnings per class', () => {
    expect(report.warningsByClass).toEqual({
      cedex_postcode: 10,
      department_centre: 1,
      siret_unverified: 6,
      city_postcode_mismatch: 2,
    });
    expect(report.warnings).toBe(19);
  });

  it('finds the commune of a CEDEX postcode by its city name within the department', () => {
    const communes = ['VENDEE INSERTION SERVICES', 'NORD LOGISTIQUE SOLIDAIRE', 'AUDOMAROIS ENTRAIDE', 'ROISSY ASSISTANCE', 'BRETAGNE ARCHIVES', 'LYON SUD TRAITEUR', 'MASSALIA PROPRETE', 'ESTUAIRE BLANCHISSERIE', 'GARONNE ESPACES VERTS', 'ST ETIENNE METALLERIE'].map(
      (name) => [supplierOfRow(name).address.communeCode, supplierOfRow(name).address.city],
    );
    expect(communes).toEqual([
      ['85191', 'La Roche-sur-Yon'],
      ['59343', 'Lesquin'],
      ['62765', 'Saint-Omer'],
      ['95527', 'Roissy-en-France'],
      ['35238', 'Rennes'],
      ['69123', 'Lyon'],
      ['13055', 'Marseille'],
      ['44109', 'Nantes'],
      ['31555', 'Toulouse'],
      ['42218', 'Saint-Étienne'],
    ]);
  });

  it("places a CEDEX whose city is nowhere at its department's centre, with a warning", () => {
    expect(supplierOfRow('ALSACE TRI').address).toMatchObject({ communeCode: '67482', department: '67', region: '44' });
    const warning = report.entries.find((e) => e.code === 'department_centre');
    expect(rows[warning!.index!]!.name).toBe('ALSACE TRI');
  });

  it('keeps a city that disagrees with its postcode, trusting the postcode, and reports it', () => {
    expect(supplierOfRow('NORMANDIE SERVICES PLUS').address).toMatchObject({ department: '21', communeCode: '21231' });
    expect(supplierOfRow('OUEST NETTOYAGE').address).toMatchObject({ department: '35', communeCode: '35238', city: 'Rennes' });
    const reported = report.entries.filter((e) => e.code === 'city_postcode_mismatch').map((e) => rows[e.index!]!.name);
    expect(reported).toEqual(['NORMANDIE SERVICES PLUS', 'OUEST NETTOYAGE']);
  });

  it('serves the overseas collectivities under their own codes', () => {
    const placed = ['SXM CLEAN SERVICES', 'ST BARTH JARDINS', 'ARCHIPEL SPM', 'MIQUELON SERVICES', 'CALEDONIE INSERTION', 'TAHITI TRAITEUR SOLIDAIRE', 'WALLIS SERVICES'].map((name) => {
      const { communeCode, department, region } = supplierOfRow(name).address;
      return [communeCode, department, region];
    });
    expect(placed).toEqual([
      ['97801', '978', '978'],
      ['97701', '977', '977'],
      ['97502', '975', '975'],
      ['97501', '975', '975'],
      ['98818', '988', '988'],
      ['98735', '987', '987'],
      ['98613', '986', '986'],
    ]);
  });

  it('keeps a valid SIREN whose NIC fails its check digit, flagged siretVerified: false', () => {
    const unverified = suppliers.filter((s) => s.siretVerified === false).map((s) => s.name);
    expect(unverified).toEqual(['ESAT DU LITTORAL', 'SARL ELAN VERT', 'ASSOCIATION PASSERELLE', 'EA SAINT JOSEPH', 'TREMPLIN TRAITEUR', 'GEIQ PROPRETE 37']);
    expect(suppliers.filter((s) => s.siretVerified !== undefined)).toHaveLength(6);
  });

  it('merges the rows sharing a SIRET: the later row wins, the sectors are unioned', () => {
    const jardiniers = suppliers.filter((s) => s.name.toUpperCase() === 'LES JARDINIERS DU RHONE');
    expect(jardiniers).toHaveLength(1);
    expect(jardiniers[0]).toMatchObject({ name: 'Les Jardiniers Du Rhone', brand: 'Les Jardiniers Du Rhone' });
    expect(jardiniers[0]!.activities.map((a) => a.sector).sort()).toEqual(['creation-et-entretien-des-espaces-verts', 'maraichage']);
  });

  it('keeps a row whose optional fields are all empty, without them', () => {
    const morvan = supplierOfRow('ATELIER PROTEGE DU MORVAN');
    expect(morvan).not.toHaveProperty('brand');
    expect(morvan).not.toHaveProperty('website');
    expect(morvan).not.toHaveProperty('description');
    expect(morvan.activities).toEqual([]);
  });

  it('prints the count of each class in the summary the CLI shows', () => {
    const text = summary(report);
    expect(text).toContain('cedex_postcode 10, siret_unverified 6, city_postcode_mismatch 2, department_centre 1');
    expect(text).toContain('no_identity 3, no_name 2');
  });
});

describe('the imported sample, searched', () => {
  const search = async (query: string) => {
    const app = createApp({ engine: createDefaultEngine(suppliers), geography: getGeography() });
    const res = await app.request(`/v1/suppliers?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as SearchResponse;
  };

  it('finds a supplier with an unverified SIRET by its SIREN and by its SIRET', async () => {
    const { siret } = supplierOfRow('TREMPLIN TRAITEUR');
    expect((await search(`q=${siret.slice(0, 9)}`)).hits.map((h) => h.supplier.name)).toEqual(['TREMPLIN TRAITEUR']);
    expect((await search(`q=${siret}`)).hits.map((h) => h.supplier.siretVerified)).toEqual([false]);
  });

  it('finds the suppliers of Saint-Martin by its place id', async () => {
    const { hits } = await search('location=department:978');
    expect(hits.map((h) => h.supplier.name)).toEqual(['SXM CLEAN SERVICES']);
  });
});
