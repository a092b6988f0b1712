import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadStoredSuppliers, suppliersPath } from '../data-dir/index.js';
import { bytesOf, marcheRecord, siretOf, temporaryDirectory } from './ingest.test-support.js';
import { importSuppliers, type ImportOptions } from './pipeline.js';

const NOW = () => new Date('2026-02-01T12:00:00Z');
let dataDir: string;
let before: Buffer;

async function importText(text: string | Uint8Array, extra: Partial<ImportOptions> = {}) {
  return importSuppliers({ source: { type: 'body', name: 'test', body: bytesOf(text) }, dataDir, now: NOW, ...extra });
}

const ndjson = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');
const rejected = <T extends { severity: string }>(entries: T[]) => entries.filter((e) => e.severity === 'rejected');

beforeEach(async () => {
  dataDir = await temporaryDirectory();
  await importText(ndjson(marcheRecord(100), marcheRecord(101)));
  before = await readFile(suppliersPath(dataDir));
});

async function storedSirets(): Promise<string[]> {
  return (await loadStoredSuppliers(dataDir))!.map((s) => s.siret).sort();
}

describe('hostile and broken input', () => {
  it('keeps the elements of a truncated JSON array and reports the cut one', async () => {
    const text = JSON.stringify([marcheRecord(1), marcheRecord(2)]).slice(0, -1) + ',{"name": "ASSOC COUP';
    const { report } = await importText(text);
    expect(report).toMatchObject({ status: 'partial', rows: 3, accepted: 2, rejected: 1 });
    expect(rejected(report.entries)).toEqual([expect.objectContaining({ index: 2, reason: expect.stringContaining('JSON tronqué') })]);
    expect(await storedSirets()).toEqual([siretOf(1), siretOf(2), siretOf(100), siretOf(101)].sort());
  });

  it('rejects wrong types, unknown kinds and invalid SIRETs by line and field, keeps valid rows', async () => {
    const text = ndjson(
      marcheRecord(1, { name: { text: 'ASSOC' } }),
      marcheRecord(2, { kind: 'SCOP' }),
      marcheRecord(3, { siret: '12345678901234' }),
      marcheRecord(4, { post_code: '99999', city: 'Nulle-Part' }),
      marcheRecord(5, { sectors: [{ name: 'Astronautique', slug: 'astronautique' }], networks: 'reseau-inconnu' }),
    ) + '\nnot json\n42';
    const { report } = await importText(text);
    expect(report).toMatchObject({ status: 'partial', rows: 7, accepted: 1, rejected: 6 });
    expect(rejected(report.entries).map((e) => [e.line, e.field])).toEqual([
      [1, 'name'],
      [2, 'kind'],
      [3, 'siret'],
      [4, 'post_code'],
      [6, '(ligne / line)'],
      [7, '(ligne / line)'],
    ]);
    expect(report.entries.find((e) => e.line === 3)).toMatchObject({ reason: expect.stringContaining('SIRET invalide'), value: '12345678901234' });
    // An unknown sector or network costs the supplier that value only.
    expect(report.entries.filter((e) => e.line === 5).map((e) => [e.severity, e.field, e.value])).toEqual([
      ['warning', 'sectors', 'astronautique'],
      ['warning', 'networks', 'reseau-inconnu'],
    ]);
    const imported = (await loadStoredSuppliers(dataDir))!.find((s) => s.siret === siretOf(5))!;
    expect(imported).toMatchObject({ activities: [], networks: [] });
  });

  it('accepts La Poste SIRETs by their own rule', async () => {
    const { report } = await importText(ndjson(marcheRecord(1, { siret: '35600000000048' }), marcheRecord(2, { siret: '35600000049837' })));
    expect(report).toMatchObject({ status: 'ok', accepted: 2 });
  });

  it('merges duplicate SIRETs: the most recent wins, lists are unioned', async () => {
    const older = marcheRecord(1, { name: 'ANCIEN NOM', updated_at: '2024-01-01T00:00:00Z', networks: [{ slug: 'coorace' }] });
    const newer = marcheRecord(1, {
      name: 'NOUVEAU NOM',
      updated_at: '2025-01-01T00:00:00Z',
      sectors: [{ slug: 'blanchisserie' }],
      networks: [{ slug: 'chantier-ecole' }],
    });
    const { report } = await importText(ndjson(newer, older));
    expect(report).toMatchObject({ status: 'ok', rows: 2, accepted: 2, duplicatesMerged: 1, created: 1 });
    const merged = (await loadStoredSuppliers(dataDir))!.find((s) => s.siret === siretOf(1))!;
    expect(merged.name).toBe('NOUVEAU NOM');
    expect(merged.networks.sort()).toEqual(['chantier-ecole', 'coorace']);
    expect(merged.activities.map((a) => a.sector).sort()).toEqual(['blanchisserie', 'creation-et-entretien-des-espaces-verts']);
  });

  it('keeps a stored supplier more recent than the imported row, and its id otherwise', async () => {
    const stored = (await loadStoredSuppliers(dataDir))!.find((s) => s.siret === siretOf(100))!;
    const { report } = await importText(ndjson(marcheRecord(100, { updated_at: '2020-01-01T00:00:00Z', name: 'VIEUX' }), marcheRecord(101, { brand: 'Autre nom', updated_at: '2026-01-01T00:00:00Z' })));
    expect(report).toMatchObject({ unchanged: 1, updated: 1 });
    const after = await loadStoredSuppliers(dataDir);
    expect(after!.find((s) => s.siret === siretOf(100))).toEqual(stored);
    const renamed = after!.find((s) => s.siret === siretOf(101))!;
    expect(renamed.brand).toBe('Autre nom');
    expect(renamed.id).toBe(`tremplin-a-table-101-${siretOf(101).slice(0, 5)}`);
  });

  it('rejects a 10 MB line and keeps the rows around it', async () => {
    const huge = JSON.stringify(marcheRecord(2, { description: 'x'.repeat(10 * 1024 * 1024) }));
    const { report } = await importText(`${JSON.stringify(marcheRecord(1))}\n${huge}\n${JSON.stringify(marcheRecord(3))}\n`);
    expect(report).toMatchObject({ status: 'partial', accepted: 2, rejected: 1 });
    expect(rejected(report.entries)).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining('ligne de plus de') })]);
  });

  it.each([
    ['an empty file', ''],
    ['blank lines', '\n\n  \n'],
    ['a CSV without a siret column', 'nom;ville\nASSOC;Rennes\n'],
    ['a JSON object without results', '{\n"count": 1\n}'],
    ['only invalid rows', ndjson(marcheRecord(1, { siret: '1' }))],
  ])('fails on %s and changes nothing, even in replace mode', async (_, text) => {
    const { report, suppliers } = await importText(text, { mode: 'replace' });
    expect(report.status).toBe('failed');
    expect(report.error).toBeTruthy();
    expect(suppliers).toBeUndefined();
    expect(await readFile(suppliersPath(dataDir))).toEqual(before);
  });

  it('fails on a missing file and changes nothing', async () => {
    const { report } = await importSuppliers({ source: { type: 'file', path: `${dataDir}/absent.csv` }, dataDir });
    expect(report).toMatchObject({ status: 'failed', error: expect.stringContaining('ENOENT') });
    expect(await readFile(suppliersPath(dataDir))).toEqual(before);
  });

  it('replace mode keeps only the imported suppliers', async () => {
    const { report } = await importText(ndjson(marcheRecord(1)), { mode: 'replace' });
    expect(report).toMatchObject({ status: 'ok', stored: 1 });
    expect(await storedSirets()).toEqual([siretOf(1)]);
  });

  it('stores delisted suppliers but counts them out of the active ones', async () => {
    const { report } = await importText(ndjson(marcheRecord(1, { is_active: false })));
    expect(report).toMatchObject({ stored: 3, active: 2 });
  });
});
