/**
 * The data directory (default ./.data): the imported suppliers, as gzipped NDJSON
 * (one contract Supplier per line, delisted ones included), and the state of
 * incremental syncs. Every write is atomic (atomic.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Supplier } from '../../../sdk/src/types.js';
import { writeAtomic } from './atomic.js';

export const SUPPLIERS_FILE = 'suppliers.ndjson.gz';
export const SYNC_FILE = 'sync.json';
export const DEFAULT_DATA_DIR = '.data';

export function suppliersPath(dataDir: string): string {
  return join(dataDir, SUPPLIERS_FILE);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * The stored suppliers, or undefined when nothing was ever imported (serve the demo
 * data then). A corrupt file throws: serving half of the suppliers would be worse.
 */
export async function loadStoredSuppliers(dataDir: string): Promise<Supplier[] | undefined> {
  const input = createReadStream(suppliersPath(dataDir));
  try {
    await new Promise<void>((resolve, reject) => input.once('open', () => resolve()).once('error', reject));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  const gunzip = input.pipe(createGunzip());
  input.once('error', (error) => gunzip.destroy(error));
  const suppliers: Supplier[] = [];
  for await (const line of createInterface({ input: gunzip, crlfDelay: Infinity })) {
    if (line) suppliers.push(JSON.parse(line) as Supplier);
  }
  return suppliers;
}

export type WriteProgress = (written: number, total: number) => void;

export async function saveSuppliers(dataDir: string, suppliers: readonly Supplier[], onProgress?: WriteProgress): Promise<void> {
  await writeAtomic(suppliersPath(dataDir), async (file) => {
    // Batched: one small write per supplier would cost a round trip to zlib's thread each.
    async function* batches(): AsyncGenerator<string> {
      let batch = '';
      for (let i = 0; i < suppliers.length; i++) {
        if (i % 1000 === 0) onProgress?.(i, suppliers.length);
        batch += `${JSON.stringify(suppliers[i])}\n`;
        if (batch.length >= 256 * 1024) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
      onProgress?.(suppliers.length, suppliers.length);
    }
    await pipeline(Readable.from(batches()), createGzip(), async (gzipped: AsyncIterable<Uint8Array>) => {
      for await (const chunk of gzipped) await file.write(chunk);
    });
  });
}

/** Per source URL: the most recent `updated_at` received, the next sync's `updated_at_after`. */
export type SyncState = Record<string, { lastUpdatedAt: string }>;

export async function readSyncState(dataDir: string): Promise<SyncState> {
  try {
    return JSON.parse(await readFile(join(dataDir, SYNC_FILE), 'utf8')) as SyncState;
  } catch (error) {
    if (isMissing(error)) return {};
    throw error;
  }
}

export async function writeSyncState(dataDir: string, state: SyncState): Promise<void> {
  await writeAtomic(join(dataDir, SYNC_FILE), (file) => file.writeFile(`${JSON.stringify(state, null, 2)}\n`));
}
