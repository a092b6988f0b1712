import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { marcheRecord, siretOf, temporaryDirectory } from '../ingest/ingest.test-support.js';
import { loadStoredSuppliers } from '../data-dir/index.js';
import { runImport, type CliContext } from './import.js';

const BIN = fileURLToPath(new URL('../../../bin/achat-inclusif.mjs', import.meta.url));

function context(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t), isTTY: false }, ci: true };
}

const ndjson = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('achat-inclusif import', () => {
  it('exits 0 on success, 2 with rejected rows, 1 on failure, and writes the report', async () => {
    const dir = await temporaryDirectory();
    const dataDir = join(dir, 'data');
    const good = join(dir, 'good.ndjson');
    const mixed = join(dir, 'mixed.ndjson');
    await writeFile(good, ndjson([marcheRecord(1)]));
    await writeFile(mixed, ndjson([marcheRecord(2), marcheRecord(3, { siret: '1' })]));

    const ok = context();
    expect(await runImport([good, '--data-dir', dataDir], ok)).toBe(0);
    expect(ok.out.join('')).toContain('1 lignes importées sur 1');
    expect(ok.err).toEqual([]);

    const partial = context();
    const reportCsv = join(dir, 'rapport.csv');
    expect(await runImport([mixed, '--data-dir', dataDir, '--report', reportCsv], partial)).toBe(2);
    expect(partial.out.join('')).toContain('ligne/line 2, siret');
    expect(await readFile(reportCsv, 'utf8')).toContain('rejected;2;;siret;');

    const failed = context();
    expect(await runImport([join(dir, 'absent.csv'), '--data-dir', dataDir], failed)).toBe(1);
    expect(failed.err.join('')).toContain('rien n\'a changé');
    expect((await loadStoredSuppliers(dataDir))!.map((s) => s.siret).sort()).toEqual([siretOf(1), siretOf(2)].sort());
    expect(await readdir(dataDir)).toEqual(expect.arrayContaining(['import-report.json', 'suppliers.ndjson.gz']));
  });

  it('refuses unknown options and formats with the usage, exit 1', async () => {
    const bad = context();
    expect(await runImport(['file.csv', '--format', 'xml'], bad)).toBe(1);
    expect(bad.err.join('')).toContain('Usage: achat-inclusif import');
  });

  it('leaves the previous data loadable when killed mid-import', async () => {
    const dir = await temporaryDirectory();
    const dataDir = join(dir, 'data');
    const small = join(dir, 'small.ndjson');
    await writeFile(small, ndjson([marcheRecord(1), marcheRecord(2)]));
    expect(await runImport([small, '--data-dir', dataDir], context())).toBe(0);
    const previous = await loadStoredSuppliers(dataDir);

    const big = join(dir, 'big.ndjson');
    await writeFile(big, ndjson(Array.from({ length: 20_000 }, (_, i) => marcheRecord(i + 10))));
    const child = spawn(process.execPath, [BIN, 'import', big, '--data-dir', dataDir, '--progress', 'json', '--replace'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    // Killed as soon as it starts writing the new data: the worst moment.
    for await (const line of createInterface({ input: child.stderr! })) {
      if (line.startsWith('{') && JSON.parse(line).phase === 'write') {
        child.kill('SIGKILL');
        break;
      }
    }
    expect(await exited).toBe('SIGKILL');
    // It died with its new file half written beside the old one, which still loads.
    expect((await readdir(dataDir)).some((name) => name.endsWith('.tmp'))).toBe(true);
    expect(await loadStoredSuppliers(dataDir)).toEqual(previous);

    // The next import clears what the killed one left behind.
    expect(await runImport([small, '--data-dir', dataDir], context())).toBe(0);
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
