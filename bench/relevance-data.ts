/**
 * The suppliers the relevance set is labelled on: the 9,000 demo suppliers and the
 * realistic sample of the real directory (server/test-fixtures/marche-directory-sample.json,
 * imported the way `achat-inclusif import` does), in one index so that each is
 * found among the other's look-alikes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Supplier } from '../sdk/src/types.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { importSuppliers } from '../server/src/ingest/pipeline.js';

const SAMPLE = fileURLToPath(new URL('../server/test-fixtures/marche-directory-sample.json', import.meta.url));

export interface RelevanceCorpus {
  demo: Supplier[];
  sample: Supplier[];
}

export async function relevanceCorpus(): Promise<RelevanceCorpus> {
  const dataDir = await mkdtemp(join(tmpdir(), 'achat-inclusif-relevance-'));
  try {
    const { suppliers } = await importSuppliers({ source: { type: 'file', path: SAMPLE }, dataDir, now: () => new Date('2026-01-01T00:00:00Z') });
    return { demo: generateDemoSuppliers(), sample: suppliers ?? [] };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
