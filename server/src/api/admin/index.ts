/**
 * Ingestion over HTTP, for an admin key: POST /import (NDJSON, JSON or CSV body,
 * answered with the import report), PUT and DELETE /suppliers/:id, POST /reindex.
 * Every change is written to the data directory first, then to the engine; changes
 * run one at a time, so a reindex never drops a concurrent upsert.
 */
import { join } from 'node:path';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Supplier } from '../../../../sdk/src/types.js';
import { getGeography, type Geography } from '../../domain/geography.js';
import type { SearchEngine } from '../../query/types.js';
import { ApiException, invalidParameter } from '../../errors.js';
import { normalizeSupplier } from '../../ingest/normalize/supplier.js';
import { importSuppliers } from '../../ingest/pipeline.js';
import { draftOf } from '../../ingest/records.js';
import type { Reindex } from '../../ingest/reindex.js';
import { writeReport } from '../../ingest/report.js';
import type { ImportFormat } from '../../ingest/types.js';
import { loadStoredSuppliers, saveSuppliers } from '../../data-dir/index.js';
import { requireAdmin } from '../../keys/guard.js';
import type { AppEnv } from '../../http/env.js';

export interface AdminOptions {
  engine: SearchEngine;
  dataDir: string;
  /** Builds a new index from the stored suppliers and swaps it in (ingest/reindex.ts's embeddedReindex). */
  reindex: Reindex;
  /** requireAdmin() by default. */
  guard?: MiddlewareHandler<AppEnv>;
  geography?: Geography;
  now?: () => Date;
  /**
   * The engine serves the synthetic demo suppliers, which the data directory does not hold:
   * an upsert or a delisting would be stored alone and the rest lost at the next start, so
   * both are refused until an import fills the directory.
   */
  demoData?: boolean;
}

/** Why a write on the demo data is refused, French first. */
const DEMO_DATA_MESSAGE =
  'Le serveur montre les données de démonstration, qui ne sont pas enregistrées : importez d’abord un répertoire (POST /v1/admin/import ou npm run import). ' +
  'The server shows the demo data, which is not stored: import a directory first (POST /v1/admin/import or npm run import).';

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const FORMATS = new Set(['ndjson', 'json', 'marche', 'csv']);
const FORMAT_OF_TYPE: Record<string, ImportFormat> = {
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'text/csv': 'csv',
};

function onlyParameters(c: Context, allowed: string[]): void {
  for (const name of Object.keys(c.req.queries())) {
    if (!allowed.includes(name)) throw invalidParameter(name, `Unknown parameter "${name}".`, 'unknown_parameter');
  }
}

function supplierIdOf(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!ID.test(id)) throw invalidParameter('id', 'An id is lowercase letters, digits and hyphens.');
  return id;
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
  } finally {
    reader.releaseLock();
  }
}

/** Runs tasks one after another, in the order they were queued. */
function serial() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}

export function admin(options: AdminOptions) {
  const { engine, dataDir, reindex } = options;
  const geography = options.geography ?? getGeography();
  const now = options.now ?? (() => new Date());
  const queue = serial();
  let servingDemoData = options.demoData ?? false;
  const refuseOnDemoData = () => {
    if (servingDemoData) throw new ApiException(409, 'demo_data', DEMO_DATA_MESSAGE);
  };
  const stored = async (): Promise<Supplier[]> => (await loadStoredSuppliers(dataDir)) ?? [];

  return new Hono<AppEnv>()
    .use(options.guard ?? requireAdmin())
    .use(async function noStore(c, next) {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .post('/import', async (c) => {
      onlyParameters(c, ['format', 'mode']);
      const format = c.req.query('format') ?? FORMAT_OF_TYPE[(c.req.header('content-type') ?? '').split(';')[0]!.trim()];
      if (format !== undefined && !FORMATS.has(format)) throw invalidParameter('format', 'format is ndjson, json, marche or csv.');
      const mode = c.req.query('mode') ?? 'merge';
      if (mode !== 'merge' && mode !== 'replace') throw invalidParameter('mode', 'mode is merge or replace.');
      const body = c.req.raw.body;
      if (!body) throw new ApiException(400, 'invalid_body', 'The body holds the suppliers to import.');
      const report = await queue(async () => {
        const outcome = await importSuppliers({
          source: { type: 'body', name: 'POST /v1/admin/import', body: chunksOf(body) },
          dataDir,
          format: format as ImportFormat | undefined,
          mode,
          geography,
          now,
        });
        if (outcome.suppliers) {
          await reindex(outcome.suppliers);
          servingDemoData = false;
        }
        await writeReport(join(dataDir, 'import-report.json'), outcome.report).catch(() => undefined);
        return outcome.report;
      });
      if (report.status === 'failed') {
        throw new ApiException(400, 'invalid_body', `Nothing was imported: ${report.error ?? 'unreadable body'}.`, { report });
      }
      return c.json(report);
    })
    .put('/suppliers/:id', async (c) => {
      onlyParameters(c, []);
      const id = supplierIdOf(c);
      const body: unknown = await c.req.json().catch(() => {
        throw new ApiException(400, 'invalid_body', 'The body is a supplier as JSON.');
      });
      const read = draftOf(body, false);
      if (!read) throw new ApiException(400, 'invalid_body', 'The body is a supplier as JSON.');
      const result = normalizeSupplier(read.draft, geography, now().toISOString());
      if ('rejection' in result) {
        const { field, reason } = result.rejection;
        throw new ApiException(400, 'invalid_body', reason, { parameter: read.fieldNames[field] ?? field });
      }
      const supplier: Supplier = { ...result.supplier, id };
      const created = await queue(async () => {
        refuseOnDemoData();
        const suppliers = await stored();
        const holder = suppliers.find((s) => s.siret === supplier.siret && s.id !== id);
        if (holder) throw invalidParameter('siret', `This SIRET belongs to supplier "${holder.id}".`, 'invalid_body');
        const index = suppliers.findIndex((s) => s.id === id);
        if (index === -1) suppliers.push(supplier);
        else suppliers[index] = supplier;
        await saveSuppliers(dataDir, suppliers);
        await engine.upsert([supplier]);
        return index === -1;
      });
      return c.json({ supplier, warnings: result.findings }, created ? 201 : 200);
    })
    .delete('/suppliers/:id', async (c) => {
      onlyParameters(c, ['purge']);
      const id = supplierIdOf(c);
      const purge = c.req.query('purge') === 'true';
      const result = await queue(async () => {
        refuseOnDemoData();
        const suppliers = await stored();
        const index = suppliers.findIndex((s) => s.id === id);
        if (index === -1) throw new ApiException(404, 'not_found', 'No stored supplier has this id.', { parameter: 'id' });
        if (purge) {
          suppliers.splice(index, 1);
          await saveSuppliers(dataDir, suppliers);
          await engine.remove([id]);
          return { id, removed: true };
        }
        // Delisted: kept in storage (a later import may list it again), never found by search.
        const delisted: Supplier = { ...suppliers[index]!, active: false, updatedAt: now().toISOString() };
        suppliers[index] = delisted;
        await saveSuppliers(dataDir, suppliers);
        await engine.upsert([delisted]);
        return { id, delisted: true };
      });
      return c.json(result);
    })
    .post('/reindex', async (c) => {
      onlyParameters(c, []);
      const stats = await queue(async () => {
        const suppliers = await loadStoredSuppliers(dataDir);
        if (!suppliers) throw new ApiException(404, 'not_found', 'Nothing was imported: there is no stored data to reindex.');
        return reindex(suppliers);
      });
      return c.json({ reindexed: true, ...stats });
    });
}
